package io.suanli.integration.sms;

import java.io.Serial;

/** The SMS provider did not accept a message. */
public class SmsException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
