package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How commission accrues and is clawed back (SPEC §10).
 * <ul>
 * <li><b>Base</b>: the part of a bound customer's consumption paid from cash and credit (never the cash-coupon
 * balance, deduction cash coupons or coupons).</li>
 * <li><b>Accrual</b>: the customer's distributor earns round(base × its commission rate); when it is tier 2, its
 * tier-1 also earns round(base × the tier-1's override rate) — each rounded half-up to the fen, zero lines left out.</li>
 * <li><b>Clawback</b>: a refund R (cash + credit) of a consumption of base B claws back −round(A × R ÷ B) of each
 * accrual A, never more than is left of it; a full refund reverses exactly.</li>
 * </ul>
 * Example: D1 tier 1 (10 %, override 3 %), D2 tier 2 under D1 (8 %); base 9,000.00 → D2 +720.00, D1 +270.00; refund
 * 8,588.32 → D2 −687.07, D1 −257.65.
 */
public final class Commission {

    private Commission() {
    }

    /** A distributor as commission sees it: its id and level (and, for a tier-2, its tier-1's). */
    public record Earner(long distributorId, Level level) {

        public Earner {
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * The accrual lines of one consumption of base {@code base} by the customer bound to {@code direct}; {@code parent}
     * is the tier-1 of a tier-2 {@code direct} (null otherwise).
     */
    public static List<CommissionLine> accrue(long customerId, String source, Money base, Earner direct, Earner parent) {
        Objects.requireNonNull(direct, "direct");
        if (base.isNegative()) {
            throw new IllegalArgumentException("base " + base);
        }
        if (direct.level().tier() == Tier.TWO && parent == null) {
            throw new IllegalStateException("a tier-2 distributor without its tier-1: " + direct.distributorId());
        }
        List<CommissionLine> lines = new ArrayList<>(2);
        add(lines, direct.distributorId(), CommissionLine.Role.DIRECT, customerId, source, base, direct.level().commissionRate());
        if (direct.level().tier() == Tier.TWO) {
            add(lines, parent.distributorId(), CommissionLine.Role.OVERRIDE, customerId, source, base, parent.level().overrideRate());
        }
        return lines;
    }

    private static void add(List<CommissionLine> lines, long distributorId, CommissionLine.Role role, long customerId, String source,
                            Money base, BigDecimal rate) {
        Money amount = base.times(rate);
        if (amount.isPositive()) {
            lines.add(new CommissionLine(distributorId, CommissionLine.Kind.ACCRUAL, role, customerId, source, base, rate, amount));
        }
    }

    /**
     * The clawback of one accrual for a refund of {@code refund} out of the consumption's base {@code base}, given what
     * earlier refunds of the same consumption clawed back of it already (a negative or zero amount): −round(A × R ÷ B),
     * never beyond what is left of A. Null when nothing is to be clawed back.
     */
    public static CommissionLine clawback(CommissionLine accrual, Money refund, Money base, Money clawedBackAlready, String source) {
        if (accrual.kind() != CommissionLine.Kind.ACCRUAL) {
            throw new IllegalArgumentException("only an accrual is clawed back: " + accrual.kind());
        }
        if (!base.isPositive() || refund.isNegative()) {
            throw new IllegalArgumentException("refund " + refund + " of base " + base);
        }
        Money share = Money.of(accrual.amount().amount().multiply(refund.amount()).divide(base.amount(), 2, RoundingMode.HALF_UP));
        Money left = accrual.amount().plus(clawedBackAlready);
        Money back = share.compareTo(left) > 0 ? left : share;
        if (!back.isPositive()) {
            return null;
        }
        return new CommissionLine(accrual.distributorId(), CommissionLine.Kind.CLAWBACK, accrual.role(), accrual.customerId(), source,
                refund, accrual.rate(), back.negate());
    }
}
