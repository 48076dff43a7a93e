package io.suanli.core.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a quote needs of the catalog: the spec, its product and category, and the price version in effect. */
public record SpecPrice(String specCode, String productCode, String categoryCode, String resourceTypeCode, long priceVersionId,
                        String billingMode, String unit, BigDecimal unitPrice) implements Serializable {
}
