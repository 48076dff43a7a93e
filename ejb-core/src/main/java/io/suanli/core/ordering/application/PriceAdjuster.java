package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;

import java.util.List;
import java.util.Optional;

/**
 * The extension point of the price engine for discounts and coupons (O5). The marketing context implements it;
 * the quote service calls every implementation on every quote, in the order: discounts, then the coupon.
 */
public interface PriceAdjuster {

    /** The discounts that apply to the quote, per the stacking policy of the implementation. */
    List<Adjustment> discounts(QuoteContext quote);

    /** The coupon with this code for the quote, valued on what is left after discounts; empty when unknown here. */
    Optional<Adjustment> coupon(QuoteContext quote, String couponCode, Money afterDiscounts);
}
