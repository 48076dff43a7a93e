package io.suanli.core.usage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines on the byte {@code \n} (a trailing {@code \r} is dropped), before any decoding, so that a
 * malformed byte sequence spoils one line only. Only one line is held at a time; a line longer than the maximum is
 * reported as too long with its first bytes.
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
    private byte[] line = new byte[512];
    private long bytesRead;

    ByteLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    void forEach(LineHandler handler) throws IOException {
        int len = 0;
        boolean tooLong = false;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            bytesRead += n;
            int pos = 0;
            while (pos < n) {
                int end = pos;
                while (end < n && buffer[end] != '\n') {
                    end++;
                }
                int chunk = end - pos;
                if (!tooLong) {
                    if (len + chunk > maxLength) {
                        chunk = maxLength - len;
                        tooLong = true;
                    }
                    if (len + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
                    }
                    System.arraycopy(buffer, pos, line, len, chunk);
                    len += chunk;
                }
                if (end < n) {
                    handler.line(line, stripCr(len), true, tooLong);
                    len = 0;
                    tooLong = false;
                }
                pos = end + 1;
            }
        }
        if (len > 0 || tooLong) {
            handler.line(line, stripCr(len), false, tooLong);
        }
    }

    private int stripCr(int len) {
        return len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    }

    long bytesRead() {
        return bytesRead;
    }
}
