package io.suanli.core.marketing.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A discount as operations enter it (O5): name; scope PLATFORM, REGION (with a province or city code) or CUSTOMER
 * (with a customer id); optional conditions; the rate as text ("0.90"); exclusive; validity [validFrom, validTo).
 */
public record DiscountDraft(String name, String scope, Long customerId, String region, String categoryCode, String productCode,
                            String specCode, List<String> billingModes, List<String> orderTypes, Integer minNodes,
                            String minListAmount, String rate, Boolean exclusive, Instant validFrom, Instant validTo)
        implements Serializable {
}
