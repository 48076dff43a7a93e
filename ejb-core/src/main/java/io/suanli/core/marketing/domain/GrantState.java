package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where one grant stands (SPEC §9), and the verbs that move it; an illegal move is a keyed domain error.
 * <p>A coupon serves one order: {@code hold} (an unpaid order took it) AVAILABLE → HELD, {@code use} (the order was
 * paid) HELD → USED, {@code giveBack} HELD → AVAILABLE (the order was cancelled or expired unpaid) or USED → AVAILABLE (it was rejected
 * before acceptance, and refunded in full).
 * <p>A deduction cash coupon serves orders until its balance is spent: {@code hold} takes an amount of its balance
 * (AVAILABLE, or USED once nothing is left), {@code use} changes nothing (the amount was taken when held),
 * {@code giveBack} returns an amount (AVAILABLE again), never above the face value.
 * <p>Expiry is not a state: a grant past its validity shows as expired, and stays expired when given back.
 */
public record GrantState(BatchKind kind, Status status, Money balance, Money faceValue) {

    /** The stored state of a grant. */
    public enum Status { AVAILABLE, HELD, USED }

    /** What the customer sees (优惠券: usable, held by an unpaid order, used, expired, not yet valid). */
    public enum Shown { USABLE, HELD, USED, EXPIRED, NOT_YET_VALID }

    private static final Map<Status, Set<Status>> COUPON = Map.of(
            Status.AVAILABLE, Set.of(Status.HELD),
            Status.HELD, Set.of(Status.USED, Status.AVAILABLE),
            Status.USED, Set.of(Status.AVAILABLE));

    public GrantState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (kind == BatchKind.DEDUCTION_CASH_COUPON) {
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(faceValue, "faceValue");
        }
    }

    /**
     * A new grant: a coupon available, a cash coupon with its whole face value; an activity pack delivered at once (its
     * items are grants of their own batches), so it is never usable itself.
     */
    public static GrantState granted(Batch b) {
        if (b.kind().isPack()) {
            return new GrantState(b.kind(), Status.USED, null, null);
        }
        return b.kind() == BatchKind.COUPON ? new GrantState(b.kind(), Status.AVAILABLE, null, null)
                : new GrantState(b.kind(), Status.AVAILABLE, b.faceValue(), b.faceValue());
    }

    /** An unpaid order takes the coupon, or {@code amount} of the cash coupon's balance. */
    public GrantState hold(Money amount) {
        if (kind == BatchKind.COUPON) {
            return move(Status.HELD);
        }
        if (status != Status.AVAILABLE || !amount.isPositive() || amount.compareTo(balance) > 0) {
            throw new SuanliException("marketing.cashCouponBalanceShort", balance, amount);
        }
        Money left = balance.minus(amount);
        return new GrantState(kind, left.isPositive() ? Status.AVAILABLE : Status.USED, left, faceValue);
    }

    /** The order that held it was paid. */
    public GrantState use() {
        return kind == BatchKind.COUPON ? move(Status.USED) : this;
    }

    /** The order that held it ended unpaid or was rejected: the coupon, or {@code amount} of the balance, comes back. */
    public GrantState giveBack(Money amount) {
        if (kind == BatchKind.COUPON) {
            return move(Status.AVAILABLE);
        }
        Money back = balance.plus(amount);
        if (back.compareTo(faceValue) > 0) {
            throw new IllegalStateException("a cash coupon cannot hold more than its face value: " + back + " > " + faceValue);
        }
        return new GrantState(kind, Status.AVAILABLE, back, faceValue);
    }

    /** What the customer sees at {@code at} for a grant valid in {@code validity}. */
    public Shown shown(Validity validity, Instant at) {
        if (status == Status.USED) {
            return Shown.USED;
        }
        if (status == Status.HELD) {
            return Shown.HELD;
        }
        if (validity.to() != null && !at.isBefore(validity.to())) {
            return Shown.EXPIRED;
        }
        return validity.from() != null && at.isBefore(validity.from()) ? Shown.NOT_YET_VALID : Shown.USABLE;
    }

    private GrantState move(Status to) {
        if (!COUPON.get(status).contains(to)) {
            throw new SuanliException(status == Status.HELD ? "marketing.couponHeld"
                    : status == Status.USED ? "marketing.couponUsed" : "marketing.couponNotHeld", status.name(), to.name());
        }
        return new GrantState(kind, to, balance, faceValue);
    }
}
