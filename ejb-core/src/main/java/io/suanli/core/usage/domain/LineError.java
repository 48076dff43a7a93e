package io.suanli.core.usage.domain;

/**
 * A rejected line: where, why, and the line as read (decoded with replacement characters if its bytes were
 * malformed), cut to {@link #MAX_RAW} characters.
 */
public record LineError(long lineNumber, SdrErrorReason reason, String message, String rawLine) {

    public static final int MAX_RAW = 256;

    public LineError {
        if (rawLine != null && rawLine.length() > MAX_RAW) {
            rawLine = rawLine.substring(0, MAX_RAW - 1) + '…';
        }
    }
}
