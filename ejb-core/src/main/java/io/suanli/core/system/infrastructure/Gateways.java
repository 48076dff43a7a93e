package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.integration.mail.MailGateway;
import io.suanli.integration.sms.DevSmsGateway;
import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsGateway;
import io.suanli.integration.sms.SmsMessage;
import io.suanli.integration.sms.huawei.HuaweiSmsConfig;
import io.suanli.integration.sms.huawei.HuaweiSmsGateway;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The connectors of the messaging. SMS: Huawei Cloud Message &amp; SMS when it is configured ({@link SmsSettings}),
 * else the dev profile's outbox, else a gateway that refuses, so production never pretends to have sent a message.
 * The SMS settings are read and checked when the application starts: a Huawei configuration with a missing or wrong
 * setting stops the deployment with a message naming the variable. Mail goes through the server's session.
 */
@ApplicationScoped
public class Gateways {

    private static final Logger LOG = Logger.getLogger(Gateways.class.getName());

    @Inject
    RealTime time;

    @Inject
    PlatformConfig platform;

    @Inject
    Config config;

    @Resource(lookup = "java:jboss/mail/Suanli")
    Session mailSession;

    Optional<HuaweiSmsConfig> huawei;

    @PostConstruct
    void readSmsSettings() {
        huawei = new SmsSettings(key -> config.getOptionalValue(key, String.class)).huawei();
        huawei.ifPresentOrElse(h -> LOG.info(() -> "SMS provider: " + h),
                () -> LOG.info(() -> "SMS provider: " + (platform.isDev() ? "dev outbox" : "none (SMS are refused)")));
    }

    /** Creates this bean, and so checks the SMS settings, when the application starts rather than at the first SMS. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine("SMS settings checked");
    }

    /**
     * The key that authenticates the provider's delivery reports: the last path segment of the callback URL given to
     * Huawei ({@code SUANLI_SMS_STATUS_CALLBACK}, e.g. {@code …/api/v1/sms/delivery-reports/<32 random characters>}),
     * as the reports themselves are not signed. Empty when no callback is configured or its key is shorter than 24.
     */
    public Optional<String> deliveryReportKey() {
        return huawei.map(HuaweiSmsConfig::statusCallback).map(u -> u.getPath() == null ? "" : u.getPath())
                .map(p -> p.substring(p.lastIndexOf('/') + 1)).filter(k -> k.length() >= 24);
    }

    @Produces
    @ApplicationScoped
    SmsGateway sms() {
        if (huawei.isPresent()) {
            return new HuaweiSmsGateway(huawei.get(), time.clock());
        }
        if (platform.isDev()) {
            return new DevSmsGateway();
        }
        return new SmsGateway() {
            @Override
            public String send(SmsMessage message) {
                throw new SmsException(SmsException.Reason.NOT_CONFIGURED, null, "no SMS provider is configured", null);
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }

    @Produces
    MailGateway mail() {
        return new MailGateway(mailSession, time.clock());
    }
}
