package io.suanli.core.ordering.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** Filters of the order lists (O4): any may be null. */
public record OrderQuery(Long customerId, String status, String type, String productCode, Instant from, Instant to,
                         BigDecimal minAmount, BigDecimal maxAmount) implements Serializable {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null);
    }
}
