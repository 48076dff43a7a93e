package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A coupon (优惠券, SPEC §9): for prepaid orders only, one per order, valued on the amount after discounts.
 * AMOUNT_OFF is 满 threshold 减 amount (the amount after discounts must reach the threshold; an amount above the
 * threshold is refused); PERCENT_OFF takes a rate in (0, 1) of the amount, rounded half-up to the fen once on the
 * exact product (34.90 × 0.15 = 5.235 → 5.24), at most {@code cap} when a cap is set, and only from
 * {@code threshold} on when one is set. It never takes more than the amount it is valued on: an amount off is at
 * most its threshold, which that amount reaches, and a rate is below 1. A coupon with
 * {@code withDiscounts = false} can only be used on an order without discounts.
 */
public record Coupon(Long id, String code, Kind kind, Money threshold, Money amount, BigDecimal percent, Money cap,
                     boolean withDiscounts, Scope scope, Conditions conditions, Validity validity) {

    /** The two ways a coupon takes money off. */
    public enum Kind { AMOUNT_OFF, PERCENT_OFF }

    public Coupon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        conditions = conditions == null ? Conditions.ANY : conditions;
        validity = validity == null ? Validity.ALWAYS : validity;
        if (threshold != null && threshold.isNegative()) {
            throw new SuanliException("marketing.couponThresholdInvalid", threshold);
        }
        if (kind == Kind.AMOUNT_OFF) {
            checkAmountOff(threshold, amount);
        } else {
            checkPercentOff(percent, cap);
        }
    }

    private static void checkAmountOff(Money threshold, Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new SuanliException("marketing.couponAmountInvalid", amount);
        }
        if (threshold == null) {
            throw new SuanliException("marketing.couponThresholdRequired");
        }
        if (amount.compareTo(threshold) > 0) {
            throw new SuanliException("marketing.couponAmountAboveThreshold", threshold, amount);
        }
    }

    private static void checkPercentOff(BigDecimal percent, Money cap) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.ONE) >= 0) {
            throw new SuanliException("marketing.couponPercentInvalid", percent);
        }
        if (cap != null && !cap.isPositive()) {
            throw new SuanliException("marketing.couponCapInvalid", cap);
        }
    }

    /** 满 threshold 减 amount. */
    public static Coupon amountOff(Long id, String code, Money threshold, Money amount, boolean withDiscounts,
                                   Scope scope, Conditions conditions, Validity validity) {
        return new Coupon(id, code, Kind.AMOUNT_OFF, threshold, amount, null, null, withDiscounts, scope, conditions, validity);
    }

    /** A rate off (0.15 = 15 % off), capped when {@code cap} is not null. */
    public static Coupon percentOff(Long id, String code, BigDecimal percent, Money cap, boolean withDiscounts,
                                    Scope scope, Conditions conditions, Validity validity) {
        return new Coupon(id, code, Kind.PERCENT_OFF, null, null, percent, cap, withDiscounts, scope, conditions, validity);
    }

    /** A rate off, capped when {@code cap} is not null, from {@code threshold} on when it is not null. */
    public static Coupon percentOff(Long id, String code, BigDecimal percent, Money cap, Money threshold, boolean withDiscounts,
                                    Scope scope, Conditions conditions, Validity validity) {
        return new Coupon(id, code, Kind.PERCENT_OFF, threshold, null, percent, cap, withDiscounts, scope, conditions, validity);
    }

    /**
     * What this coupon takes off {@code base} (the amount after discounts, or the list amount when no discount was
     * applied) for the order, or the key of the reason it does not apply.
     *
     * @param discounted whether discounts were applied to reach {@code base}
     */
    public Valuation valueOn(Money base, boolean discounted, Candidate c) {
        if (!c.prepaid()) {
            return Valuation.refused("marketing.couponPrepaidOnly");
        }
        if (!validity.contains(c.at())) {
            return Valuation.refused("marketing.couponNotValid");
        }
        if (!scope.covers(c) || !conditions.holdFor(c)) {
            return Valuation.refused("marketing.couponOutOfScope");
        }
        if (discounted && !withDiscounts) {
            return Valuation.refused("marketing.couponNotWithDiscounts");
        }
        if (threshold != null && base.compareTo(threshold) < 0) {
            return Valuation.refused("marketing.couponBelowThreshold");
        }
        Money off = kind == Kind.AMOUNT_OFF ? amount : base.times(percent);
        if (cap != null && off.compareTo(cap) > 0) {
            off = cap;
        }
        return Valuation.of(off);
    }

    /** The amount a coupon takes off, or the message key of why it does not apply (then the amount is zero). */
    public record Valuation(Money amount, String refusal) {

        static Valuation of(Money amount) {
            return new Valuation(amount, null);
        }

        static Valuation refused(String key) {
            return new Valuation(Money.ZERO, key);
        }

        public boolean applies() {
            return refusal == null;
        }
    }
}
