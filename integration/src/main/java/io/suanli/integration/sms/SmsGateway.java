package io.suanli.integration.sms;

/** Sends one text message to one mobile number through an SMS provider. */
public interface SmsGateway {

    /** Sends the message; answers the provider's message id. Throws {@link SmsException} when the provider refuses. */
    String send(SmsMessage message);

    /** A short name of the provider, for the delivery log. */
    String name();
}
