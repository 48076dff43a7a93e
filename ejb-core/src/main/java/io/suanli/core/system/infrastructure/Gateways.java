package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.integration.mail.MailGateway;
import io.suanli.integration.sms.DevSmsGateway;
import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsGateway;
import io.suanli.integration.sms.SmsMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;

/**
 * The connectors of the messaging: the dev profile's SMS outbox, or (until a real provider is configured) an SMS
 * gateway that refuses, so production never pretends to have sent a message; mail through the server's session.
 */
@ApplicationScoped
public class Gateways {

    @Inject
    PlatformConfig config;

    @Resource(lookup = "java:jboss/mail/Suanli")
    Session mailSession;

    @Produces
    @ApplicationScoped
    SmsGateway sms() {
        if (config.isDev()) {
            return new DevSmsGateway();
        }
        return new SmsGateway() {
            @Override
            public String send(SmsMessage message) {
                throw new SmsException("no SMS provider is configured", null);
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }

    @Produces
    MailGateway mail() {
        return new MailGateway(mailSession);
    }
}
