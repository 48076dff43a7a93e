package io.suanli.core.marketing.application;

import io.suanli.core.ordering.application.Quote;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.io.Serializable;
import java.util.List;

/**
 * The order form's "确认优惠" step (U3): the quote with discounts only, each of the customer's usable coupons and
 * deduction cash coupons with what it would save on this order or why it does not apply (the refusal the quote gave:
 * threshold, scope, validity, not combinable, prepaid only), and the best combination — the coupon saving most, then
 * every cash coupon that applies (the engine takes them soonest expiring first).
 */
public record CheckoutOptions(Quote plain, List<Option> coupons, List<Option> cashCoupons, Long bestCouponId, List<Long> bestCashCouponIds)
        implements Serializable {

    /** One coupon or cash coupon: what it saves on this order, or the refusal saying why it does not apply. */
    public record Option(CouponView coupon, Money saving, SuanliException refusal) implements Serializable {

        public boolean applies() {
            return refusal == null;
        }
    }
}
