package io.suanli.core.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One step that lowers a price: a discount or a coupon, with what it is and how much it takes off. It is the
 * vocabulary of the price engine's seam between ordering (which computes quotes) and marketing (which adjusts them),
 * so it lives in the shared kernel. A discount step may also say where it comes from ({@code source}: the discount's
 * scope, e.g. PLATFORM or CUSTOMER) and its {@code rate}; both are null when unknown (e.g. for coupons).
 */
public record Adjustment(Kind kind, String code, String description, Money amount, String source, BigDecimal rate)
        implements Serializable {

    public enum Kind { DISCOUNT, COUPON }

    /** A step without source or rate. */
    public Adjustment(Kind kind, String code, String description, Money amount) {
        this(kind, code, description, amount, null, null);
    }

    /** The same step taking off another amount (e.g. capped at what is left to pay). */
    public Adjustment withAmount(Money taken) {
        return new Adjustment(kind, code, description, taken, source, rate);
    }
}
