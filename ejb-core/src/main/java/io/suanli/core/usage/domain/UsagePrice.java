package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A pay-as-you-go unit price of a spec, in force over {@code [from, to)} ({@code to} null: open-ended). */
public record UsagePrice(String specCode, long priceVersionId, String unit, BigDecimal amount, Instant from, Instant to) {

    public boolean covers(Instant t) {
        return !t.isBefore(from) && (to == null || t.isBefore(to));
    }
}
