package io.suanli.integration.payment;

import java.util.Objects;

/**
 * What our notification endpoint must reply to the channel: HTTP status, content type and body. A channel repeats its
 * notification until it gets the success answer.
 */
public record NotificationAnswer(int status, String contentType, String body) {

    public NotificationAnswer {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public static NotificationAnswer json(int status, String body) {
        return new NotificationAnswer(status, "application/json; charset=UTF-8", body);
    }

    public static NotificationAnswer text(int status, String body) {
        return new NotificationAnswer(status, "text/plain; charset=UTF-8", body);
    }
}
