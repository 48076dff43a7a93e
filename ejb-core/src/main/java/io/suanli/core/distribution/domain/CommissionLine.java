package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One append-only commission line (SPEC §10) of a distributor: an ACCRUAL on a consumption's base (DIRECT, the bound
 * customer's own distributor, or OVERRIDE, that distributor's tier-1), a CLAWBACK of one when the consumption is
 * refunded (negative), or a PAYOUT settled by finance (negative). {@code source} names the ledger entry it comes from.
 */
public record CommissionLine(long distributorId, Kind kind, Role role, long customerId, String source, Money base,
                             BigDecimal rate, Money amount) {

    /** What moved the distributor's balance. */
    public enum Kind { ACCRUAL, CLAWBACK, PAYOUT }

    /** Whose customer it was: the distributor's own (DIRECT) or one of its tier-2s' (OVERRIDE). */
    public enum Role { DIRECT, OVERRIDE }

    public CommissionLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (kind == Kind.ACCRUAL ? amount.isNegative() : amount.isPositive()) {
            throw new IllegalArgumentException(kind + " of " + amount);
        }
    }
}
