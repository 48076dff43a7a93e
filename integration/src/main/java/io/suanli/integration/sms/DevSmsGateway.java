package io.suanli.integration.sms;

import java.util.UUID;
import java.util.logging.Logger;

/**
 * The SMS "provider" of the dev profile: sends nothing, answers a message id. The platform's delivery log (visible
 * to system administrators) is the outbox where the messages can be read.
 */
public class DevSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(DevSmsGateway.class.getName());

    @Override
    public String send(SmsMessage message) {
        String id = "DEV-" + UUID.randomUUID();
        LOG.fine(() -> "dev SMS " + id + ": " + message);
        return id;
    }

    @Override
    public String name() {
        return "dev-outbox";
    }
}
