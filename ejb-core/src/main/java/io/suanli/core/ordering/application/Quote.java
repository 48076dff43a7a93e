package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A computed price: the spec and price version it used (an order keeps both), the unit price, the amounts after
 * each step (list, discounts, coupon, deduction cash coupons, payable), and the steps themselves.
 */
public record Quote(String specCode, String productCode, String billingMode, String unit, BigDecimal unitPrice, int nodes,
                    int periods, long priceVersionId, Money listAmount, Money discountAmount, Money couponAmount,
                    Money cashCouponAmount, Money payableAmount, List<Adjustment> adjustments, Instant quotedAt) implements Serializable {
}
