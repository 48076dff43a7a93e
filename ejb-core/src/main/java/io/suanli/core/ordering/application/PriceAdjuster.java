package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Adjustment;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The extension point of the price engine for discounts, coupons and cash coupons (O5). The marketing context
 * implements it. A quote without a coupon or cash coupon chosen takes the {@link #discounts} of every implementation;
 * a quote with one takes the whole chain from the first implementation whose {@link #checkout} knows the choice.
 */
public interface PriceAdjuster {

    /** The discounts that apply to the quote, per the stacking policy of the implementation. */
    List<Adjustment> discounts(QuoteContext quote);

    /**
     * The steps of the quote with the customer's choice, in chain order (discounts, at most one coupon, the deduction
     * cash coupons), each with its final amount; empty when this implementation knows none of the chosen items. A
     * chosen item that cannot be used for the quote is a keyed {@link io.suanli.core.shared.domain.SuanliException}.
     */
    Optional<List<Adjustment>> checkout(QuoteContext quote, Choice choice);

    /** What the customer chose to pay with besides discounts: a coupon (by grant id or code) and deduction cash coupons. */
    record Choice(Long couponId, String couponCode, List<Long> cashCouponIds) implements Serializable {

        public static final Choice NONE = new Choice(null, null, List.of());

        public Choice {
            couponCode = couponCode == null || couponCode.isBlank() ? null : couponCode.trim();
            cashCouponIds = cashCouponIds == null ? List.of() : List.copyOf(cashCouponIds);
        }

        public boolean isEmpty() {
            return couponId == null && couponCode == null && cashCouponIds.isEmpty();
        }
    }
}
