package io.suanli.integration.payment;

import java.io.Serial;

/**
 * The channel refused to close an order because it has been paid in the meantime. The caller should
 * {@link PaymentGateway#query query} the order and record the payment instead of expiring the recharge.
 */
public class PaymentAlreadyPaidException extends PaymentException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PaymentAlreadyPaidException(String orderNumber) {
        super("order " + orderNumber + " is already paid");
    }
}
