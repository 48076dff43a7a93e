package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How deduction cash coupons pay an amount due (SPEC §9): those valid at the instant, soonest expiring first (no
 * expiry last, then by id), each for at most its remaining balance and never more than is still due.
 */
public final class CashCoupons {

    private static final Comparator<DeductionCoupon> SOONEST_EXPIRING_FIRST = Comparator
            .comparing((DeductionCoupon d) -> d.validity().to(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DeductionCoupon::id);

    private CashCoupons() {
    }

    public static Allocation allocate(Money due, List<DeductionCoupon> usable, Instant at) {
        List<Use> uses = new ArrayList<>();
        Money left = due;
        for (DeductionCoupon d : usable.stream().sorted(SOONEST_EXPIRING_FIRST).toList()) {
            if (!left.isPositive()) {
                break;
            }
            if (d.balance().isPositive() && d.validity().contains(at)) {
                Money take = d.balance().compareTo(left) > 0 ? left : d.balance();
                uses.add(new Use(d.id(), take));
                left = left.minus(take);
            }
        }
        return new Allocation(List.copyOf(uses), left);
    }

    /** One cash coupon used, and how much of it. */
    public record Use(Long couponId, Money amount) {
    }

    /** The coupons used in order, and what is still due after them. */
    public record Allocation(List<Use> uses, Money remainingDue) {

        public Money total() {
            return uses.stream().map(Use::amount).reduce(Money.ZERO, Money::plus);
        }
    }
}
