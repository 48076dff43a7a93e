package io.suanli.core.shared.domain;

/** The checks of free text that every use case makes the same way, with the same localized messages. */
public final class Validation {

    private Validation() {
    }

    /** A required text of at most {@code max} characters; answers it trimmed. {@code field} names it in the message. */
    public static String requiredText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new SuanliException("validation.required", field);
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new SuanliException("validation.tooLong", field, max);
        }
        return v;
    }

    /** An optional text of at most {@code max} characters; answers it trimmed, or null when empty. */
    public static String optionalText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new SuanliException("validation.tooLong", field, max);
        }
        return v;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /** A code that appears in URLs and records: letters, digits, {@code _ . -}, at most {@code max} characters. */
    public static String code(String value, int max, String field) {
        String v = requiredText(value, max, field);
        if (!CODE.matcher(v).matches()) {
            throw new SuanliException("validation.code", field);
        }
        return v;
    }

    /** A whole number within bounds. */
    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new SuanliException("validation.range", field, min, max);
        }
        return value;
    }
}
