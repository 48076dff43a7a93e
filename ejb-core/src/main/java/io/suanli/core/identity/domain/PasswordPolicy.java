package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.Locale;

/**
 * Checks a new password: length, character classes, not a common password, not containing the username.
 * The first violation is thrown as a {@link SuanliException} with a message key of the errors bundle.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 256;

    private final int minLength;
    private final int minClasses;
    private final CommonPasswords common;

    public PasswordPolicy(int minLength, int minClasses, CommonPasswords common) {
        this.minLength = minLength;
        this.minClasses = minClasses;
        this.common = common;
    }

    public void check(String username, char[] password) {
        if (password == null || password.length < minLength) {
            throw new SuanliException("password.tooShort", minLength);
        }
        if (password.length > MAX_LENGTH) {
            throw new SuanliException("password.tooLong");
        }
        if (classes(password) < minClasses) {
            throw new SuanliException("password.tooFewClasses", minClasses);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new SuanliException("password.containsUsername");
        }
        if (common.contains(lower) || common.contains(stripDecoration(lower))) {
            throw new SuanliException("password.common");
        }
    }

    static int classes(char[] password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** "Password123!" is as weak as "password": drop trailing digits and symbols before the list look-up. */
    static String stripDecoration(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(0, end);
    }

    /** The blacklist of common passwords (lower case). */
    @FunctionalInterface
    public interface CommonPasswords {
        boolean contains(String lowerCasePassword);
    }
}
