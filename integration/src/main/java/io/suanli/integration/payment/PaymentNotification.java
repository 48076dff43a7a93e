package io.suanli.integration.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A channel's notification about one of our orders, after its signature was verified. The channel repeats
 * notifications until it gets the success answer: record it idempotently (by channel and transaction id).
 * <p>
 * The gateway checked that the notification is authentic and meant for our merchant account; whether it matches a
 * recharge of ours (number and exact amount) only the caller can tell: see {@link #requireFor}.
 *
 * @param channel       the channel that sent it
 * @param orderNumber   our recharge number ({@code out_trade_no}, {@code orderId}, …)
 * @param transactionId the channel's transaction id ({@code transaction_id}, {@code trade_no}, {@code queryId}, …)
 * @param amount        the amount paid (the order total), CNY, scale 2
 * @param currency      always {@code "CNY"} (others are refused)
 * @param paidAt        when the payer paid, if {@code paid}; else null
 * @param rawStatus     the channel's own status word ({@code SUCCESS}, {@code TRADE_SUCCESS}, {@code 00}, …)
 * @param paid          true when the status means the money is ours; a notification with false (e.g. Alipay's
 *                      {@code WAIT_BUYER_PAY}) is acknowledged and otherwise ignored
 */
public record PaymentNotification(PaymentChannel channel, String orderNumber, String transactionId, BigDecimal amount,
                                  String currency, Instant paidAt, String rawStatus, boolean paid) {

    public PaymentNotification {
        Objects.requireNonNull(channel, "channel");
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new PaymentException("notification without order number");
        }
        if (paid && (transactionId == null || transactionId.isBlank())) {
            throw new PaymentException("paid notification without transaction id");
        }
        if (amount == null) {
            throw new PaymentException("notification without amount");
        }
        amount = Amounts.cny(amount);
        if (!Amounts.CNY.equals(currency)) {
            throw new PaymentException("notification in currency " + currency + ", only CNY is taken");
        }
        if (paid && paidAt == null) {
            throw new PaymentException("paid notification without time of payment");
        }
        Objects.requireNonNull(rawStatus, "rawStatus");
    }

    /**
     * Checks that this notification is about the given recharge and for exactly its amount; throws
     * {@link PaymentException} if not (a notification for 0.01 must never credit a recharge of 10,000.00).
     */
    public PaymentNotification requireFor(String expectedOrderNumber, BigDecimal expectedAmount) {
        if (!orderNumber.equals(expectedOrderNumber)) {
            throw new PaymentException("notification is for order " + orderNumber + ", not " + expectedOrderNumber);
        }
        if (amount.compareTo(expectedAmount) != 0) {
            throw new PaymentException("notification for order " + orderNumber + " says " + amount.toPlainString()
                    + ", the order is " + expectedAmount.toPlainString());
        }
        return this;
    }
}
