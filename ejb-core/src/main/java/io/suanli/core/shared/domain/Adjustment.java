package io.suanli.core.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One step that lowers a price: a discount, the coupon or a deduction cash coupon, with what it is and how much it
 * takes off. It is the
 * vocabulary of the price engine's seam between ordering (which computes quotes) and marketing (which adjusts them),
 * so it lives in the shared kernel. A discount step may also say where it comes from ({@code source}: the discount's
 * scope, e.g. PLATFORM or CUSTOMER) and its {@code rate}; both are null when unknown (e.g. for coupons); a coupon's or cash coupon's {@code code} is its grant's id.
 */
public record Adjustment(Kind kind, String code, String description, Money amount, String source, BigDecimal rate)
        implements Serializable {

    /** In chain order (SPEC §8): discounts, then at most one coupon, then deduction cash coupons. */
    public enum Kind { DISCOUNT, COUPON, CASH_COUPON }

    /** A step without source or rate. */
    public Adjustment(Kind kind, String code, String description, Money amount) {
        this(kind, code, description, amount, null, null);
    }

    /** The same step taking off another amount (e.g. capped at what is left to pay). */
    public Adjustment withAmount(Money taken) {
        return new Adjustment(kind, code, description, taken, source, rate);
    }
}
