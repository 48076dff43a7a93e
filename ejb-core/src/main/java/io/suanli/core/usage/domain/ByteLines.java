package io.suanli.core.usage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines on the byte {@code \n} (a trailing {@code \r} is dropped), before any decoding, so that a
 * malformed byte sequence spoils one line only. Only one line is held at a time; a line longer than the maximum is
 * reported as too long with its first bytes. Lines are pulled one at a time ({@link #next}); {@link #consumed} is the
 * offset just after the last line handed out, where a restarted reader may resume.
 */
final class ByteLines {

    interface LineHandler {
        /**
         * @param terminated false for a last line without newline
         * @param tooLong    the line was longer than the maximum; {@code bytes} holds its first bytes
         */
        void line(byte[] bytes, int length, boolean terminated, boolean tooLong);
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[512];
    private long bytesRead;
    private long consumed;

    ByteLines(InputStream in, int maxLength) {
        this(in, maxLength, 0);
    }

    /** @param offset where {@code in} starts in the file (the stream was positioned there by the caller) */
    ByteLines(InputStream in, int maxLength, long offset) {
        this.in = in;
        this.maxLength = maxLength;
        this.bytesRead = offset;
        this.consumed = offset;
    }

    void forEach(LineHandler handler) throws IOException {
        while (next(handler)) {
            // one line each
        }
    }

    /** Hands the next line to the handler; false (and no call) at the end of the stream. */
    boolean next(LineHandler handler) throws IOException {
        int len = 0;
        boolean tooLong = false;
        long start = consumed;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (len > 0 || tooLong || consumed > start) {
                        handler.line(line, stripCr(len), false, tooLong);
                        return true;
                    }
                    return false;
                }
            }
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - pos;
            if (!tooLong) {
                int take = chunk;
                if (len + take > maxLength) {
                    take = maxLength - len;
                    tooLong = true;
                }
                if (len + take > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, len + take));
                }
                System.arraycopy(buffer, pos, line, len, take);
                len += take;
            }
            consumed += chunk;
            if (end < limit) {
                pos = end + 1;
                consumed++;
                handler.line(line, stripCr(len), true, tooLong);
                return true;
            }
            pos = end;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        bytesRead += n;
        return true;
    }

    private int stripCr(int len) {
        return len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The offset just after the last line handed out. */
    long consumed() {
        return consumed;
    }
}
