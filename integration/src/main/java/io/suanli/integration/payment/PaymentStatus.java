package io.suanli.integration.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a channel says about one of our orders when asked ({@link PaymentGateway#query}), e.g. when the payer is back
 * on our page and no notification came.
 *
 * @param state         the state in our terms
 * @param transactionId the channel's transaction id when {@code PAID}, else null
 * @param amount        the amount paid when {@code PAID} (CNY, scale 2), else null
 * @param paidAt        when it was paid when {@code PAID}, else null
 * @param rawStatus     the channel's own status word, for the log
 */
public record PaymentStatus(State state, String transactionId, BigDecimal amount, Instant paidAt, String rawStatus) {

    /** An order's state in our terms. */
    public enum State {
        /** Paid: the money is ours (also when the channel since refunded it: that is a separate movement). */
        PAID,
        /** Not paid (yet): the payer has not scanned or not confirmed, or the channel does not know the order. */
        NOT_PAID,
        /** Closed or expired without payment, or the payment failed for good. */
        CLOSED,
        /** The channel answered a state we cannot interpret; ask again later. */
        UNKNOWN
    }

    public PaymentStatus {
        Objects.requireNonNull(state, "state");
        if (state == State.PAID) {
            if (transactionId == null || amount == null || paidAt == null) {
                throw new PaymentException("a paid status needs transaction id, amount and time of payment");
            }
            amount = Amounts.cny(amount);
        }
    }

    public static PaymentStatus paid(String transactionId, BigDecimal amount, Instant paidAt, String rawStatus) {
        return new PaymentStatus(State.PAID, transactionId, amount, paidAt, rawStatus);
    }

    public static PaymentStatus notPaid(String rawStatus) {
        return new PaymentStatus(State.NOT_PAID, null, null, null, rawStatus);
    }

    public static PaymentStatus closed(String rawStatus) {
        return new PaymentStatus(State.CLOSED, null, null, null, rawStatus);
    }

    public static PaymentStatus unknown(String rawStatus) {
        return new PaymentStatus(State.UNKNOWN, null, null, null, rawStatus);
    }

    public boolean isPaid() {
        return state == State.PAID;
    }
}
