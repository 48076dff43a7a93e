package io.suanli.core.identity.domain;

import java.util.Optional;

/** Recognises what a file really is from its first bytes, whatever its name or declared type says. */
public final class FileContent {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private FileContent() {
    }

    /** The content type of a JPEG, PNG or PDF file; empty for anything else (executables renamed .jpg included). */
    public static Optional<String> sniff(byte[] data) {
        if (data == null || data.length < 8) {
            return Optional.empty();
        }
        if ((data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if ((data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G' && data[4] == 0x0D && data[5] == 0x0A) {
            return Optional.of("image/png");
        }
        if (data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F' && data[4] == '-') {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }
}
