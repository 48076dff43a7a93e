package io.suanli.integration.sms;

import java.io.Serial;

/**
 * The SMS provider did not accept a message, or could not be asked. Carries why (so the delivery log and the
 * operators can tell a rejected template from a provider that is down) and the provider's own error code, if it
 * answered one.
 */
public class SmsException extends RuntimeException {

    /** Why a message was not sent. */
    public enum Reason {
        /** No provider, or the message's template is not set up at the provider. */
        NOT_CONFIGURED,
        /** The provider refused the message: template, parameters, number, signature or credentials. */
        REJECTED,
        /** The provider's flow control: too many messages (to this number, or for this account). */
        RATE_LIMITED,
        /** The provider did not answer in time or answered with a server error, also on the retries. */
        UNAVAILABLE,
        /** The provider's answer could not be read; the message may or may not have been sent. */
        UNREADABLE_ANSWER
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String providerCode;

    public SmsException(Reason reason, String providerCode, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.providerCode = providerCode;
    }

    /** Why the message was not sent. */
    public Reason reason() {
        return reason;
    }

    /** The provider's error code (e.g. {@code E200015}), or null when the provider answered none. */
    public String providerCode() {
        return providerCode;
    }
}
