package io.suanli.core.usage.application;

import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.SdrParser;
import io.suanli.core.usage.domain.SdrRecord;
import io.suanli.core.usage.domain.SdrSink;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * An SDR file read one line at a time, for the import job: each item is an {@link SdrRecord} or a {@link LineError};
 * where it stands ({@link #offset()}, {@link #lineNumber()}) is the job's checkpoint, so a restart reopens it there.
 */
public final class SdrLines {

    private final SdrParser.Cursor cursor;
    private Object item;
    private final SdrSink sink = new SdrSink() {
        @Override
        public void record(SdrRecord record) {
            item = record;
        }

        @Override
        public void error(LineError error) {
            item = error;
        }
    };

    private SdrLines(SdrParser.Cursor cursor) {
        this.cursor = cursor;
    }

    /**
     * The lines of a file positioned at {@code offset} (after {@code linesBefore} lines), read with the configured
     * format and limits; throws when the name does not follow the SDR pattern.
     */
    public static SdrLines open(SdrSettings settings, String fileName, InputStream positioned, Instant now, long offset, long linesBefore) {
        SdrParser.Cursor c = new SdrParser(settings.format(), settings.limits()).open(fileName, positioned, now, offset, linesBefore);
        if (c == null) {
            throw new IllegalStateException("file name " + fileName + " does not match the SDR pattern");
        }
        return new SdrLines(c);
    }

    /** The next record or line error, or null at the end of the file. */
    public Object next() throws IOException {
        item = null;
        while (item == null) {
            if (!cursor.next(sink)) {
                return null;
            }
        }
        return item;
    }

    /** The byte offset after the last line read. */
    public long offset() {
        return cursor.offset();
    }

    /** The number of lines read so far. */
    public long lineNumber() {
        return cursor.lineNumber();
    }
}
