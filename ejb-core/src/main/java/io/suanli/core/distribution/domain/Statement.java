package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A distributor's monthly statement (SPEC §10, B2): opening (the previous closing, negative when carried forward) +
 * accruals + clawbacks = closing. It moves DRAFT → CONFIRMED (the distributor confirms, or it confirms itself
 * {@link #AUTO_CONFIRM} after it was made) → SETTLED (finance records the payout and its reference; never more than
 * the closing balance, never on a draft, and nothing to pay on a closing of zero or less).
 */
public record Statement(long distributorId, YearMonth period, Money opening, Money accrued, Money clawedBack, Status status,
                        Instant madeAt, Money paidOut, String payoutReference) {

    /** The states of a statement and where each may go. */
    public enum Status { DRAFT, CONFIRMED, SETTLED }

    /** A draft confirms itself this long after it was made. */
    public static final Duration AUTO_CONFIRM = Duration.ofDays(7);

    private static final Map<Status, Set<Status>> NEXT = Map.of(Status.DRAFT, Set.of(Status.CONFIRMED),
            Status.CONFIRMED, Set.of(Status.SETTLED), Status.SETTLED, Set.of());

    public Statement {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        if (accrued.isNegative() || clawedBack.isPositive()) {
            throw new IllegalArgumentException("accrued " + accrued + ", clawed back " + clawedBack);
        }
        paidOut = paidOut == null ? Money.ZERO : paidOut;
    }

    /** The statement of a month from its lines (accruals and clawbacks of the month) and the previous closing. */
    public static Statement of(long distributorId, YearMonth period, Money previousClosing, List<CommissionLine> lines, Instant at) {
        Money accrued = Money.ZERO;
        Money clawedBack = Money.ZERO;
        for (CommissionLine l : lines) {
            if (l.distributorId() != distributorId) {
                throw new IllegalArgumentException("a line of distributor " + l.distributorId() + " on " + distributorId + "'s statement");
            }
            switch (l.kind()) {
                case ACCRUAL -> accrued = accrued.plus(l.amount());
                case CLAWBACK -> clawedBack = clawedBack.plus(l.amount());
                case PAYOUT -> { } // payouts settle statements; they are not part of a month's earnings
            }
        }
        return new Statement(distributorId, period, previousClosing == null ? Money.ZERO : previousClosing, accrued, clawedBack,
                Status.DRAFT, at, Money.ZERO, null);
    }

    /** Opening + accruals + clawbacks; negative when clawbacks exceed what was earned (carried forward). */
    public Money closing() {
        return opening.plus(accrued).plus(clawedBack);
    }

    /** What the next month opens with: the closing, less what was paid out of it. */
    public Money carriedForward() {
        return closing().minus(paidOut);
    }

    /** The distributor agrees with it. */
    public Statement confirm() {
        return new Statement(distributorId, period, opening, accrued, clawedBack, move(Status.CONFIRMED), madeAt, paidOut, payoutReference);
    }

    /** Whether a draft confirms itself at {@code now}. */
    public boolean confirmsItselfAt(Instant now) {
        return status == Status.DRAFT && !now.isBefore(madeAt.plus(AUTO_CONFIRM));
    }

    /** Finance paid {@code amount} out under {@code reference}. */
    public Statement settle(Money amount, String reference) {
        if (status == Status.DRAFT) {
            throw new SuanliException("distribution.statementNotConfirmed", period.toString());
        }
        if (reference == null || reference.isBlank()) {
            throw new SuanliException("validation.required", "distribution.payoutReference");
        }
        if (amount == null || !amount.isPositive()) {
            throw new SuanliException("money.notPositive", String.valueOf(amount));
        }
        if (amount.compareTo(closing()) > 0) {
            throw new SuanliException("distribution.payoutAboveClosing", amount, closing());
        }
        return new Statement(distributorId, period, opening, accrued, clawedBack, move(Status.SETTLED), madeAt, amount, reference.trim());
    }

    private Status move(Status to) {
        if (!NEXT.get(status).contains(to)) {
            throw new SuanliException("distribution.statementMove", status.name(), to.name());
        }
        return to;
    }
}
