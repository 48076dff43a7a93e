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
}
