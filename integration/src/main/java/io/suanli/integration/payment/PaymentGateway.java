package io.suanli.integration.payment;

import java.time.Instant;
import java.util.Map;

/**
 * One payment channel: creates orders for online recharge, verifies the channel's notifications, queries and closes
 * orders. Implementations are thread-safe; configure one instance per channel and merchant account.
 */
public interface PaymentGateway {

    /** The channel this gateway talks to. */
    PaymentChannel channel();

    /**
     * Creates the channel order for one recharge; answers what to show the payer (QR code or pay URL). Creating the
     * same order number again with the same content is harmless on every channel.
     *
     * @throws PaymentException the channel refused or could not be reached
     */
    PaymentOrder create(PaymentRequest request);

    /**
     * Verifies and reads a notification exactly as it arrived at our endpoint: the HTTP headers (names in any case)
     * and the raw body (JSON or form-encoded, undecoded). Nothing in it is trusted before its signature is verified.
     *
     * @throws PaymentSignatureException forged, tampered, signed with another key, or too old
     * @throws PaymentException          authentic but malformed, or not for our merchant account
     */
    PaymentNotification parseNotification(Map<String, String> headers, String body);

    /**
     * Asks the channel about an order, for the "query on return" path when a notification is lost.
     *
     * @param orderNumber our recharge number
     * @param orderedAt   when the order was made (the {@link PaymentRequest#orderedAt()}); UnionPay identifies an
     *                    order by number and time, the other channels ignore it
     * @throws PaymentException the channel could not be reached or refused to answer
     */
    PaymentStatus query(String orderNumber, Instant orderedAt);

    /**
     * Closes an unpaid order so that it can no longer be paid (expired recharges). Closing a closed or unknown order
     * is harmless.
     *
     * @throws PaymentAlreadyPaidException the order was paid in the meantime: query it and record the payment
     * @throws PaymentException            the channel could not be reached or refused
     */
    void close(String orderNumber);

    /** The reply to a notification that was verified and recorded (or was already recorded). */
    NotificationAnswer successAnswer();

    /** The reply to a notification that could not be verified or recorded: the channel will send it again. */
    NotificationAnswer failureAnswer();
}
