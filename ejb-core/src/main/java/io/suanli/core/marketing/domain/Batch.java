package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A batch of the marketing center (SPEC §9): what it makes (a coupon or a deduction cash coupon, with its value),
 * how many it may grant in all ({@code quantity}) and to one customer ({@code perCustomer}), its validity (a closed
 * window: every grant expires) and the orders its grants may be used for. Every grant of a batch is one
 * {@link Coupon} or {@link DeductionCoupon} with the grant's id; the batch is never edited once made.
 */
public record Batch(long id, BatchKind kind, String name, int quantity, int perCustomer, Coupon.Kind couponKind,
                    Money amountOff, BigDecimal percentOff, Money maxOff, Money threshold, boolean withDiscounts,
                    Money faceValue, boolean paygAllowed, Conditions conditions, Validity validity, AutoGrant autoGrant) {

    /** The most one batch may grant. */
    public static final int MAX_QUANTITY = 1_000_000;

    /** The most codes one batch makes (they are made and exported at once). */
    public static final int MAX_CODES = 20_000;

    public Batch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new SuanliException("marketing.quantityInvalid", quantity, MAX_QUANTITY);
        }
        if (kind.byCodes() && quantity > MAX_CODES) {
            throw new SuanliException("marketing.quantityInvalid", quantity, MAX_CODES);
        }
        if (kind.byCodes() && autoGrant != null) {
            throw new SuanliException("marketing.rechargeByCodes", name);
        }
        if (perCustomer < 1 || perCustomer > quantity) {
            throw new SuanliException("marketing.perCustomerInvalid", perCustomer, quantity);
        }
        if (validity == null || validity.from() == null || validity.to() == null) {
            throw new SuanliException("marketing.batchValidityRequired");
        }
        conditions = conditions == null ? Conditions.ANY : conditions;
        if (kind == BatchKind.COUPON) { // the coupon's own rules: 满 threshold 减 amount ≤ threshold, 0 < percent < 1, cap > 0
            coupon(id, couponKind, amountOff, percentOff, maxOff, threshold, withDiscounts, conditions, validity);
        } else if (!kind.isPack()) {
            new DeductionCoupon(id, faceValue, faceValue, validity, conditions, paygAllowed);
        }
    }

    private static Coupon coupon(long grantId, Coupon.Kind couponKind, Money amountOff, BigDecimal percentOff, Money maxOff,
                                 Money threshold, boolean withDiscounts, Conditions conditions, Validity validity) {
        Objects.requireNonNull(couponKind, "couponKind");
        return couponKind == Coupon.Kind.AMOUNT_OFF
                ? Coupon.amountOff(grantId, null, threshold, amountOff, withDiscounts, Scope.platform(), conditions, validity)
                : Coupon.percentOff(grantId, null, percentOff, maxOff, threshold, withDiscounts, Scope.platform(), conditions, validity);
    }

    /** A batch granted by hand only. */
    public Batch(long id, BatchKind kind, String name, int quantity, int perCustomer, Coupon.Kind couponKind, Money amountOff,
                 BigDecimal percentOff, Money maxOff, Money threshold, boolean withDiscounts, Money faceValue, boolean paygAllowed,
                 Conditions conditions, Validity validity) {
        this(id, kind, name, quantity, perCustomer, couponKind, amountOff, percentOff, maxOff, threshold, withDiscounts, faceValue,
                paygAllowed, conditions, validity, null);
    }

    /** The same batch, granting itself as given (null: by hand only). */
    public Batch granting(AutoGrant auto) {
        return new Batch(id, kind, name, quantity, perCustomer, couponKind, amountOff, percentOff, maxOff, threshold, withDiscounts,
                faceValue, paygAllowed, conditions, validity, auto);
    }

    /** The coupon a grant of this batch is. */
    public Coupon coupon(long grantId) {
        if (kind != BatchKind.COUPON) {
            throw new IllegalStateException("batch " + id + " makes " + kind);
        }
        return coupon(grantId, couponKind, amountOff, percentOff, maxOff, threshold, withDiscounts, conditions, validity);
    }

    /** The deduction cash coupon a grant of this batch is, with what is left of it. */
    public DeductionCoupon cashCoupon(long grantId, Money balance) {
        if (kind != BatchKind.DEDUCTION_CASH_COUPON) {
            throw new IllegalStateException("batch " + id + " makes " + kind);
        }
        return new DeductionCoupon(grantId, faceValue, balance, validity, conditions, paygAllowed);
    }

    /** What one grant is worth at most: the face value, the amount off, or the cap of a percentage (null: no cap). */
    public Money value() {
        if (kind.isPack()) {
            return null;
        }
        return kind != BatchKind.COUPON ? faceValue : couponKind == Coupon.Kind.AMOUNT_OFF ? amountOff : maxOff;
    }
}
