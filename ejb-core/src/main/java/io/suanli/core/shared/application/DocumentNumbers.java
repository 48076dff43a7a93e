package io.suanli.core.shared.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The numbers people read on documents (orders O…, invoice requests FP…, tickets GD…): a prefix, the time in the
 * platform time zone to the second, and random digits, so they sort by time and cannot be guessed from one another.
 */
public final class DocumentNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(PlatformClock.ZONE);

    private DocumentNumbers() {
    }

    /** {@code prefix} + yyyyMMddHHmmss of {@code at} + {@code digits} random digits (1 to 9). */
    public static String next(String prefix, Instant at, int digits) {
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("digits " + digits);
        }
        return prefix + TIME.format(at) + String.format("%0" + digits + "d", RANDOM.nextInt((int) Math.pow(10, digits)));
    }
}
