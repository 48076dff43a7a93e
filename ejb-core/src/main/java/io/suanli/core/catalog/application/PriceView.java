package io.suanli.core.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A price version: the spec, strategy and mode it prices, the unit and amount, and when it is in effect. */
public record PriceView(long id, String strategyCode, String specCode, String billingMode, String unit, BigDecimal amount,
                        Instant effectiveFrom, Instant effectiveTo, String createdBy) implements Serializable {

    /** The amount as shown and sent: two decimals at least, up to six for usage prices ({@code 12.50}, {@code 0.000125}). */
    public String amountText() {
        return format(amount);
    }

    /** A unit price as text: two decimals at least, up to six. */
    public static String format(BigDecimal unitPrice) {
        BigDecimal a = unitPrice.stripTrailingZeros();
        return (a.scale() < 2 ? a.setScale(2) : a).toPlainString();
    }
}
