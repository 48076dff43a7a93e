package io.suanli.core.marketing.domain;

/**
 * What a batch makes (SPEC §9): coupons (one per prepaid order, valued after discounts) or deduction cash coupons
 * (a balance that pays orders after the coupon). Recharge cash coupons and activity packs come in a later step.
 */
public enum BatchKind { COUPON, DEDUCTION_CASH_COUPON }
