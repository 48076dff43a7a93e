package io.suanli.integration.payment;

import java.io.Serial;

/**
 * A payment channel could not be reached, refused a request, or sent something malformed. Retrying later may help;
 * nothing was recorded as paid.
 */
public class PaymentException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PaymentException(String message) {
        super(message);
    }

    public PaymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
