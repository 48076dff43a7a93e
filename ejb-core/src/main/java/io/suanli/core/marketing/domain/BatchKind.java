package io.suanli.core.marketing.domain;

/**
 * What a batch makes (SPEC §9): coupons (one per prepaid order, valued after discounts), deduction cash coupons (a
 * balance that pays orders after the coupon), or recharge cash coupons (codes for offline distribution, each redeemed
 * once into a customer's cash-coupon balance), or activity packs (活动包: a named bundle of coupon and deduction cash
 * coupon batches, each a number of times, granted as one).
 */
public enum BatchKind {
    COUPON, DEDUCTION_CASH_COUPON, RECHARGE_CASH_COUPON, ACTIVITY_PACK;

    /** Whether a grant of the batch is a bundle of grants of other batches. */
    public boolean isPack() {
        return this == ACTIVITY_PACK;
    }

    /** Whether the batch may be an item of an activity pack. */
    public boolean packable() {
        return this == COUPON || this == DEDUCTION_CASH_COUPON;
    }

    /** Whether the batch reaches customers as codes, exported once, rather than as grants. */
    public boolean byCodes() {
        return this == RECHARGE_CASH_COUPON;
    }
}
