package io.suanli.integration.payment.support;

import io.suanli.integration.payment.PaymentException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The time formats of the Chinese channels: Beijing time (Asia/Shanghai), whatever the server's zone is. */
public final class ChannelTime {

    /** The channels' time zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** {@code yyyy-MM-dd HH:mm:ss} (Alipay). */
    public static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** {@code yyyyMMddHHmmss} (UnionPay, e-CNY). */
    public static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ChannelTime() {
    }

    /** RFC 3339 with the +08:00 offset, whole seconds ({@code 2026-07-01T10:00:00+08:00}, WeChat Pay). */
    public static String rfc3339(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), BEIJING)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Formats the instant in Beijing time. */
    public static String format(Instant instant, DateTimeFormatter format) {
        return LocalDateTime.ofInstant(instant, BEIJING).format(format);
    }

    /** Parses RFC 3339 with offset; throws {@link PaymentException} when malformed. */
    public static Instant parseRfc3339(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PaymentException("not an RFC 3339 time: " + text, e);
        }
    }

    /** Parses a Beijing local time in the format; throws {@link PaymentException} when malformed. */
    public static Instant parse(String text, DateTimeFormatter format) {
        try {
            return LocalDateTime.parse(text, format).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PaymentException("not a time in the channel's format: " + text, e);
        }
    }
}
