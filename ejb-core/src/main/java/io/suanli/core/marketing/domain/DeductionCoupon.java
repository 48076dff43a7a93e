package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.util.Objects;

/**
 * A deduction cash coupon (抵扣现金券, SPEC §9): a face value with a remaining balance and a validity, for the orders
 * its conditions allow; pay-as-you-go hours only when {@code paygAllowed}.
 */
public record DeductionCoupon(Long id, Money faceValue, Money balance, Validity validity, Conditions conditions,
                              boolean paygAllowed) {

    public DeductionCoupon {
        Objects.requireNonNull(id, "id");
        if (faceValue == null || !faceValue.isPositive()) {
            throw new SuanliException("marketing.cashCouponFaceInvalid", faceValue);
        }
        if (balance == null || balance.isNegative() || balance.compareTo(faceValue) > 0) {
            throw new SuanliException("marketing.cashCouponBalanceInvalid", balance, faceValue);
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        conditions = conditions == null ? Conditions.ANY : conditions;
    }

    /** Whether it may pay this order now: valid at the order's instant, balance left, conditions and billing mode allowed. */
    public boolean usableFor(Candidate c) {
        return balance.isPositive() && validity.contains(c.at()) && conditions.holdFor(c) && (c.prepaid() || paygAllowed);
    }
}
