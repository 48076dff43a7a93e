package io.suanli.core.billing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place redeemable codes are made and recognised: 16 characters of an alphabet without look-alikes (0/O, 1/I)
 * in groups of four, 80 random bits; only their SHA-256 is stored (a code is a bearer secret), so the same code read
 * with spaces or in lower case is the same code.
 */
public final class RedeemCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RedeemCodes() {
    }

    /** A new code such as {@code K7QM-2ZXP-8RTA-4HNB}. */
    public static String generate() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in the form it was made: upper case, no spaces. */
    public static String normalize(CharSequence typed) {
        return typed == null ? "" : typed.toString().trim().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What may be shown of a code: its last four characters. */
    public static String hint(String code) {
        return code.substring(code.length() - 4);
    }
}
