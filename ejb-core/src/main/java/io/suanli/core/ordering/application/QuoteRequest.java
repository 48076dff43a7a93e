package io.suanli.core.ordering.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a price is asked for: spec, nodes (or quantity), billing mode, periods (months, years or usage units), and
 * what the customer pays with besides discounts: a coupon (by code, or by the id of a coupon granted to it) and
 * deduction cash coupons (ids of its grants).
 */
public record QuoteRequest(String specCode, Integer nodes, String billingMode, Integer periods, String couponCode,
                           Long couponId, List<Long> cashCouponIds) implements Serializable {

    public QuoteRequest {
        cashCouponIds = cashCouponIds == null ? List.of() : List.copyOf(cashCouponIds);
    }

    /** A request without coupons chosen by id. */
    public QuoteRequest(String specCode, Integer nodes, String billingMode, Integer periods, String couponCode) {
        this(specCode, nodes, billingMode, periods, couponCode, null, List.of());
    }

    public PriceAdjuster.Choice choice() {
        return new PriceAdjuster.Choice(couponId, couponCode, cashCouponIds);
    }

    /** The same request for other periods. */
    public QuoteRequest withPeriods(Integer p) {
        return new QuoteRequest(specCode, nodes, billingMode, p, couponCode, couponId, cashCouponIds);
    }
}
