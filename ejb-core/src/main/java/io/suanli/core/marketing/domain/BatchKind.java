package io.suanli.core.marketing.domain;

/**
 * What a batch makes (SPEC §9): coupons (one per prepaid order, valued after discounts), deduction cash coupons (a
 * balance that pays orders after the coupon), or recharge cash coupons (codes for offline distribution, each redeemed
 * once into a customer's cash-coupon balance). Activity packs come in a later step.
 */
public enum BatchKind {
    COUPON, DEDUCTION_CASH_COUPON, RECHARGE_CASH_COUPON;

    /** Whether the batch reaches customers as codes, exported once, rather than as grants. */
    public boolean byCodes() {
        return this == RECHARGE_CASH_COUPON;
    }
}
