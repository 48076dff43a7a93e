package io.suanli.integration.payment.simulator;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

/**
 * An order as the simulator holds it (what the pay page shows).
 *
 * @param orderNumber   our recharge number
 * @param amount        CNY, scale 2
 * @param subject       what the payer sees
 * @param expiresAt     after this it cannot be paid
 * @param notifyUrl     where notifications go
 * @param state         open, paid or closed
 * @param transactionId the simulator's transaction id once paid
 * @param paidAt        when it was paid
 */
public record SimulatedOrder(String orderNumber, BigDecimal amount, String subject, Instant expiresAt, URI notifyUrl,
                             State state, String transactionId, Instant paidAt) {

    /** The states of a simulated order. */
    public enum State {
        OPEN, PAID, CLOSED
    }

    SimulatedOrder paid(String transactionId, Instant at) {
        return new SimulatedOrder(orderNumber, amount, subject, expiresAt, notifyUrl, State.PAID, transactionId, at);
    }

    SimulatedOrder closed() {
        return new SimulatedOrder(orderNumber, amount, subject, expiresAt, notifyUrl, State.CLOSED, null, null);
    }

    /** Open but past its expiry. */
    public boolean isExpired(Instant now) {
        return state == State.OPEN && !now.isBefore(expiresAt);
    }
}
