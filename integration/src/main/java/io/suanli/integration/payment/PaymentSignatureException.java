package io.suanli.integration.payment;

import java.io.Serial;

/**
 * A message claiming to come from a payment channel could not be verified: signature missing, wrong or made with
 * another key, encrypted part not decryptable, or too old. Treat it as forged: record nothing, answer a failure.
 */
public class PaymentSignatureException extends PaymentException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PaymentSignatureException(String message) {
        super(message);
    }

    public PaymentSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
