package io.suanli.core.marketing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A discount as operations see it; {@code endedAt} is set once it was ended early. */
public record DiscountView(long id, String name, String scope, Long customerId, String region, String categoryCode,
                           String productCode, String specCode, List<String> billingModes, List<String> orderTypes,
                           Integer minNodes, Money minListAmount, BigDecimal rate, boolean exclusive, Instant validFrom,
                           Instant validTo, Instant endedAt, Instant createdAt, String createdBy) implements Serializable {
}
