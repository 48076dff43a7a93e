package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * A monthly statement as the distributor and distribution operations see it: opening + accrued + clawed back =
 * closing, the lines it covers, where it stands (a draft older than seven days shows as CONFIRMED: it confirmed
 * itself), when it confirms itself, and the payout with its reference once settled.
 */
public record StatementView(long distributorId, String distributorName, String period, Money opening, Money accrued, Money clawedBack,
                            Money closing, int lines, String status, Instant madeAt, Instant confirmsItselfAt, Instant confirmedAt,
                            String confirmedBy, Money paidOut, String payoutReference, Instant settledAt, String settledBy)
        implements Serializable {
}
