package io.suanli.integration.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a channel order is made of: our recharge number, the amount, a subject shown to the payer, when we made the
 * order and when it expires, and where the channel must post its notification.
 *
 * @param orderNumber our recharge number: 8 to 32 letters and digits — the common ground of all channels (WeChat
 *                    6–32 of {@code [A-Za-z0-9_|*-]}, Alipay ≤ 64, UnionPay 8–40 letters and digits)
 * @param amount      CNY, positive, at most 2 decimals (normalized to scale 2)
 * @param subject     what the payer sees (WeChat {@code description}, Alipay {@code subject}), 1 to 127 characters
 * @param orderedAt   when we made the order; UnionPay needs it again ({@code txnTime}) to query the order
 * @param expiresAt   after this the channel refuses payment; later than {@code orderedAt}
 * @param notifyUrl   absolute http(s) URL of our notification endpoint for this channel
 */
public record PaymentRequest(String orderNumber, BigDecimal amount, String subject, Instant orderedAt,
                             Instant expiresAt, URI notifyUrl) {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9]{8,32}");

    public PaymentRequest {
        requireOrderNumber(orderNumber);
        amount = Amounts.positiveCny(amount);
        if (subject == null || subject.isBlank() || subject.length() > 127) {
            throw new IllegalArgumentException("subject must be 1 to 127 characters");
        }
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(orderedAt)) {
            throw new IllegalArgumentException("expiresAt must be after orderedAt");
        }
        Objects.requireNonNull(notifyUrl, "notifyUrl");
        if (!notifyUrl.isAbsolute() || !("https".equals(notifyUrl.getScheme()) || "http".equals(notifyUrl.getScheme()))) {
            throw new IllegalArgumentException("notifyUrl must be an absolute http(s) URL");
        }
    }

    /** Refuses anything that is not 8 to 32 letters and digits (see the record's description). */
    public static String requireOrderNumber(String orderNumber) {
        if (orderNumber == null || !ORDER_NUMBER.matcher(orderNumber).matches()) {
            throw new IllegalArgumentException("order number must be 8 to 32 letters and digits");
        }
        return orderNumber;
    }
}
