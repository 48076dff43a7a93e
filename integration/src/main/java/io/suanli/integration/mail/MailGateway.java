package io.suanli.integration.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/** Sends plain-text e-mail through a Jakarta Mail session (the server's {@code java:jboss/mail/Suanli}). */
public class MailGateway {

    private final Session session;
    private final Clock clock;

    /** {@code clock}: the real-time clock of the sent date (the platform passes its {@code RealTime}). */
    public MailGateway(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Sends the mail; answers its Message-ID. */
    public String send(String to, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(text, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date(clock.millis()));
        if (m.getFrom() == null || m.getFrom().length == 0) {
            m.setFrom(InternetAddress.getLocalAddress(session));
        }
        Transport.send(m);
        return m.getMessageID();
    }
}
