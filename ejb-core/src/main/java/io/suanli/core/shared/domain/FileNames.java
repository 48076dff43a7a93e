package io.suanli.core.shared.domain;

/**
 * What is kept of a file name a user or a system sent: a display name only. Path parts (either slash), control
 * characters and surrounding blanks are dropped and the length is capped; storage always uses ids, never this.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The display name of {@code raw}, or {@code fallback} when nothing is left (e.g. {@code "/"} or {@code ".."}). */
    public static String display(String raw, String fallback, int maxLength) {
        String s = raw == null ? "" : raw;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029).forEach(b::appendCodePoint);
        String name = b.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > maxLength ? name.substring(0, maxLength) : name;
    }
}
