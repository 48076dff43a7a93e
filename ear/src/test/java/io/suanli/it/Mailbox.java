package io.suanli.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A real SMTP server (GreenMail) on 127.0.0.1:3025 for the mail the platform sends during the server tests. */
public final class Mailbox {

    private static GreenMail smtp;

    private Mailbox() {
    }

    static synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** The newest mail to an address, waiting up to ten seconds for it. */
    public static Optional<MimeMessage> latestTo(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] all = smtp.getReceivedMessagesForDomain(address);
            Optional<MimeMessage> found = Arrays.stream(all).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }
}
