package io.suanli.core.system.application;

import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Masking;
import io.suanli.core.system.domain.MessageDelivery;
import io.suanli.core.system.domain.MessageTemplate;
import io.suanli.core.system.domain.Notification;
import io.suanli.integration.mail.MailGateway;
import io.suanli.integration.sms.SmsDeliveryReport;
import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsGateway;
import io.suanli.integration.sms.SmsMessage;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends platform messages from templates (S3): SMS, e-mail and in-app. Every message is rendered in the
 * recipient's language, written to the delivery log (content and address encrypted) and handed to its channel;
 * a channel failure is logged (for SMS with the provider's error code), never thrown at the use case that sent the
 * message. The provider's message id is kept with the log entry.
 */
@Stateless
@PermitAll
public class MessageService {

    static final String BODY = "message_body";
    static final String RECIPIENT = "message_recipient";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    FieldCipher cipher;

    @Inject
    SmsGateway sms;

    @Inject
    io.suanli.core.system.infrastructure.Gateways gateways;

    @Inject
    MailGateway mail;

    @Inject
    SettingsService settings;

    /** Sends an SMS; answers the delivery log id. */
    public long sms(String code, String mobile, Locale locale, Map<String, String> variables, Long userId) {
        Rendered r = render(code, MessageTemplate.Channel.SMS, locale, variables);
        MessageDelivery d = log(code, MessageTemplate.Channel.SMS, userId, Masking.mobile(mobile), mobile, r);
        try {
            d.sent(sms.send(new SmsMessage(mobile, code, r.variables, r.body)));
        } catch (SmsException e) {
            d.failed(sms.name(), e.providerCode(), e.getMessage());
        } catch (RuntimeException e) {
            d.failed(sms.name() + ": " + e.getMessage());
        }
        return d.id();
    }

    /**
     * A delivery report as the provider posts it to its callback URL, whose last segment ({@code key}) only the
     * provider knows. Answers false, and changes nothing, when the key is not that one; a report that cannot be read
     * is a {@code request.malformed}.
     */
    public boolean deliveryReport(String key, String formBody) {
        java.util.Optional<String> expected = gateways.deliveryReportKey();
        if (expected.isEmpty() || key == null || !java.security.MessageDigest.isEqual(
                expected.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return false;
        }
        SmsDeliveryReport report;
        try {
            report = io.suanli.integration.sms.huawei.HuaweiSmsReports.parse(formBody);
        } catch (SmsException e) {
            throw new io.suanli.core.shared.domain.SuanliException("request.malformed", e.getMessage());
        }
        deliveryReport(report);
        return true;
    }

    /**
     * Applies the provider's delivery report to the SMS it is about (found by the provider's message id): delivered,
     * or failed with the provider's status. A report that is not final yet changes nothing. Answers false when no
     * SMS has that id (a report of another installation, or one that came before the message was logged).
     */
    public boolean deliveryReport(SmsDeliveryReport report) {
        List<MessageDelivery> found = em.createQuery("select d from MessageDelivery d where d.providerRef = :ref"
                        + " and d.channel = :channel", MessageDelivery.class)
                .setParameter("ref", report.providerMessageId())
                .setParameter("channel", MessageTemplate.Channel.SMS.name())
                .getResultList();
        if (found.isEmpty()) {
            return false;
        }
        Instant at = report.at() != null ? report.at() : time.now();
        for (MessageDelivery d : found) {
            switch (report.outcome()) {
                case DELIVERED -> d.delivered(at);
                case FAILED -> d.undelivered(report.status(), at);
                case PENDING -> { }
            }
        }
        return true;
    }

    /** Sends an e-mail; answers the delivery log id. */
    public long email(String code, String address, Locale locale, Map<String, String> variables, Long userId) {
        Rendered r = render(code, MessageTemplate.Channel.EMAIL, locale, variables);
        MessageDelivery d = log(code, MessageTemplate.Channel.EMAIL, userId, Masking.email(address), address, r);
        try {
            d.sent(mail.send(address, r.subject, r.body));
        } catch (MessagingException | RuntimeException e) {
            d.failed("smtp: " + e.getMessage());
        }
        return d.id();
    }

    /** Puts a message in a user's notification center (the bell). */
    public void inApp(String code, long userId, String username, Locale locale, Map<String, String> variables) {
        Rendered r = render(code, MessageTemplate.Channel.INAPP, locale, variables);
        MessageDelivery d = log(code, MessageTemplate.Channel.INAPP, userId, "user " + userId, String.valueOf(userId), r);
        em.persist(new Notification(Ids.next(), userId, username, time.now(), r.subject, r.body));
        d.sent("inapp");
    }

    private record Rendered(String subject, String body, Map<String, String> variables) {
    }

    private Rendered render(String code, MessageTemplate.Channel channel, Locale locale, Map<String, String> variables) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
        MessageTemplate t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, channel.name(), lang));
        if (t == null) {
            t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, channel.name(), "zh"));
        }
        if (t == null) {
            throw new IllegalStateException("no " + channel + " template " + code);
        }
        Map<String, String> vars = new HashMap<>(variables);
        vars.putIfAbsent("system", settings.oem().systemName(locale));
        return new Rendered(MessageTemplate.render(t.subject(), vars), MessageTemplate.render(t.body(), vars), vars);
    }

    private MessageDelivery log(String code, MessageTemplate.Channel channel, Long userId, String masked, String recipient,
                                Rendered r) {
        MessageDelivery d = new MessageDelivery(Ids.next(), time.now(), channel, code, userId, masked,
                cipher.encrypt(RECIPIENT, recipient), r.subject, cipher.encrypt(BODY, r.body));
        em.persist(d);
        return d;
    }
}
