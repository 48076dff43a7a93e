package io.suanli.core.marketing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon or deduction cash coupon as its customer sees it (优惠券): what it is worth ({@code percentOff} a percentage,
 * 15 = 15 % off; a cash coupon's face value and balance), its validity and status (USABLE, HELD by an unpaid order,
 * USED, EXPIRED, NOT_YET_VALID), and what it is limited to.
 */
public record CouponView(long id, String kind, String couponKind, String name, Money amountOff, BigDecimal percentOff, Money maxOff,
                         Money threshold, boolean withDiscounts, Money faceValue, Money balance, boolean paygAllowed,
                         String categoryCode, String productCode, String specCode, Instant validFrom, Instant validTo,
                         String status, Instant grantedAt) implements Serializable {

    public boolean usable() {
        return "USABLE".equals(status);
    }
}
