package io.suanli.core.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Check-digit validation of Chinese identifiers: the resident ID card number (GB 11643-1999, 18 characters, last a
 * digit or X) and the unified social credit code of organisations (GB 32100-2015, 18 characters).
 */
public final class ChineseIds {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private ChineseIds() {
    }

    /** Whether an 18-character ID card number has a valid birth date (not after {@code today}) and check character (upper-case X). */
    public static boolean isValidIdCard(String id, LocalDate today) {
        if (id == null || !id.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1800 || birth.isAfter(today)) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** Whether an 18-character unified social credit code has a valid check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        char expected = USCC_CHARS.charAt(check == 31 ? 0 : check);
        return code.charAt(17) == expected;
    }

    /** Normalises what people type: trims, removes spaces, upper-cases the letters. */
    public static String normalise(String s) {
        return s == null ? null : s.replace(" ", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
}
