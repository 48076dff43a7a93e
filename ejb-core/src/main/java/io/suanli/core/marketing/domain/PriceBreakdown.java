package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.util.List;

/**
 * The price breakdown an order keeps (SPEC §9): list amount, each discount applied with its share, whether the
 * floor bound, the amount after discounts, the coupon (id and amount, or the key of why it was not used), the
 * deduction cash coupons used (ids and amounts) and the payable amount.
 */
public record PriceBreakdown(Path path, Money list, List<StackingPolicy.Applied> discounts, boolean floorBound,
                             Money afterDiscounts, Long couponId, Money coupon, String couponRefusal,
                             List<CashCoupons.Use> cashCoupons, Money payable) {

    /** Which way the chain went when a coupon cannot be combined with discounts. */
    public enum Path {
        /** Discounts, then the coupon if there is one and it may be combined. */
        COMBINED,
        /** The discounts; the coupon, not combinable with them, is left unused. */
        DISCOUNTS_INSTEAD_OF_COUPON,
        /** The coupon on the list amount; no discount. */
        COUPON_INSTEAD_OF_DISCOUNTS
    }

    public PriceBreakdown {
        discounts = List.copyOf(discounts);
        cashCoupons = List.copyOf(cashCoupons);
    }

    public Money discount() {
        return list.minus(afterDiscounts);
    }

    /** What is due after the coupon, before the deduction cash coupons. */
    public Money afterCoupon() {
        return afterDiscounts.minus(coupon);
    }

    public Money cashCouponTotal() {
        return cashCoupons.stream().map(CashCoupons.Use::amount).reduce(Money.ZERO, Money::plus);
    }
}
