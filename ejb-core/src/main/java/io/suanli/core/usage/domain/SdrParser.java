package io.suanli.core.usage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an SDR file line by line into {@link SdrRecord}s and {@link LineError}s, streaming: one line is held at a
 * time (plus a 16-byte fingerprint per record id, for duplicates). A bad line never throws; only an I/O failure of
 * the stream does. Each rejected line gets the first reason found, in the order of {@code docs/sdr-format.md}.
 * A parser is stateless and may be shared; each {@link #parse} call has its own state.
 */
public final class SdrParser {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final SdrFormat format;
    private final SdrLimits limits;

    public SdrParser(SdrFormat format, SdrLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    /**
     * Parses one file. If the name does not match the format's pattern nothing is read and the summary says so.
     *
     * @param now the current instant: times after {@code now} + the allowed clock skew are {@code FUTURE_TIME}
     */
    public SdrParseSummary parse(String fileName, InputStream in, Instant now, SdrSink sink) throws IOException {
        Run run = new Run(fileName, now, sink);
        if (format.acceptsFileName(fileName)) {
            ByteLines lines = new ByteLines(in, limits.maxLineLength());
            lines.forEach(run::line);
            run.bytesRead = lines.bytesRead();
        }
        return run.summary(format.acceptsFileName(fileName));
    }

    /**
     * Opens a file for reading one line at a time (the chunk reader of the import job), from the start or from where
     * an earlier reader stopped: {@code offset} bytes into the file (the caller positions the stream there) after
     * {@code linesBefore} lines. Duplicate record ids are detected among the lines this cursor reads; those of lines
     * before the offset are the database's to detect.
     *
     * @return null when the file name does not match the format's pattern
     */
    public Cursor open(String fileName, InputStream positioned, Instant now, long offset, long linesBefore) {
        if (!format.acceptsFileName(fileName)) {
            return null;
        }
        return new Cursor(new Run(fileName, now, null), new ByteLines(positioned, limits.maxLineLength(), offset), linesBefore);
    }

    /** A file being read line by line; see {@link #open}. */
    public final class Cursor {
        private final Run run;
        private final ByteLines lines;

        private Cursor(Run run, ByteLines lines, long linesBefore) {
            this.run = run;
            this.lines = lines;
            run.lineNo = linesBefore;
        }

        /** Reads the next line, passing its record or error to the sink; false at the end of the file. */
        public boolean next(SdrSink sink) throws IOException {
            run.sink = sink;
            return lines.next(run::line);
        }

        /** The offset just after the last line read: where a restart resumes. */
        public long offset() {
            return lines.consumed();
        }

        /** Lines read so far, counted from the start of the file. */
        public long lineNumber() {
            return run.lineNo;
        }

        /** What this cursor read (lines before its start offset are not counted). */
        public SdrParseSummary summary() {
            run.bytesRead = lines.bytesRead();
            return run.summary(true);
        }
    }
    /** The state of one parse. */
    private final class Run {
        final String fileName;
        final Instant latest;
        SdrSink sink;
        final CharsetDecoder decoder = format.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        final boolean utf8 = format.encoding().equals(StandardCharsets.UTF_8);
        final RecordIdSet ids = new RecordIdSet();
        final String[] values = new String[format.fieldCount()];
        final String[] lastTimeText = new String[SdrField.values().length];
        final Instant[] lastTime = new Instant[SdrField.values().length];
        final Map<SdrErrorReason, Long> byReason = new EnumMap<>(SdrErrorReason.class);
        final List<LineError> firstErrors = new ArrayList<>();
        long bytesRead;
        long lineNo;
        long blank;
        long normal;
        long corrections;
        long errors;
        boolean missingFinalNewline;

        Run(String fileName, Instant now, SdrSink sink) {
            this.fileName = fileName;
            this.latest = now.plus(limits.clockSkew());
            this.sink = sink;
        }

        void line(byte[] bytes, int length, boolean terminated, boolean tooLong) {
            lineNo++;
            missingFinalNewline = !terminated;
            int from = 0;
            if (lineNo == 1 && utf8 && length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                    && bytes[2] == (byte) 0xBF) {
                from = 3; // byte order mark
            }
            if (tooLong) {
                error(SdrErrorReason.LINE_TOO_LONG, "line longer than " + limits.maxLineLength() + " bytes",
                        new String(bytes, from, length - from, format.encoding()));
                return;
            }
            if (length == from) {
                blank++;
                return;
            }
            String text = decode(bytes, from, length);
            if (text == null) {
                error(SdrErrorReason.MALFORMED_ENCODING, "bytes not valid in " + format.encoding().name(),
                        new String(bytes, from, length - from, format.encoding()));
                return;
            }
            int count = split(text);
            if (count != values.length) {
                if (!terminated && count < values.length) {
                    error(SdrErrorReason.TRUNCATED_LINE, "last line without newline has " + count + " of "
                            + values.length + " fields: file cut off", text);
                } else {
                    error(SdrErrorReason.FIELD_COUNT, count + " fields, expected " + values.length, text);
                }
                return;
            }
            validate(text);
        }

        private void validate(String text) {
            String typeCode = value(SdrField.RECORD_TYPE);
            SdrRecordType type = format.recordType(typeCode);
            if (type == null) {
                error(SdrErrorReason.UNKNOWN_RECORD_TYPE, "record type '" + typeCode + "' is neither "
                        + format.normalType() + " nor " + format.correctionType(), text);
                return;
            }
            String recordId = value(SdrField.RECORD_ID);
            String project = value(SdrField.USER_ID);
            String unit = value(SdrField.USAGE_UNIT);
            if (recordId.isEmpty() || project.isEmpty() || format.has(SdrField.USAGE_UNIT) && unit.isEmpty()) {
                error(SdrErrorReason.MISSING_VALUE, (recordId.isEmpty() ? "RecordID" : project.isEmpty() ? "UserID"
                        : "UsageUnit") + " is empty", text);
                return;
            }
            String resourceId = value(SdrField.RESOURCE_ID);
            if (resourceId.isEmpty()) {
                error(SdrErrorReason.EMPTY_RESOURCE_ID, "ResourceID is empty", text);
                return;
            }
            Instant stamp = time(SdrField.TIME_STAMP);
            Instant begin = time(SdrField.BEGIN_TIME);
            Instant end = time(SdrField.END_TIME);
            if (stamp == null || begin == null || end == null) {
                SdrField bad = stamp == null ? SdrField.TIME_STAMP : begin == null ? SdrField.BEGIN_TIME : SdrField.END_TIME;
                error(SdrErrorReason.BAD_TIME, bad.label() + " '" + value(bad) + "' is not a UTC yyyyMMddHHmmss", text);
                return;
            }
            if (end.isBefore(begin)) {
                error(SdrErrorReason.END_BEFORE_BEGIN, "EndTime " + end + " is before BeginTime " + begin, text);
                return;
            }
            if (end.isAfter(latest) || stamp.isAfter(latest)) {
                error(SdrErrorReason.FUTURE_TIME, (end.isAfter(latest) ? "EndTime " + end : "TimeStamp " + stamp)
                        + " is in the future (latest allowed " + latest + ")", text);
                return;
            }
            long seconds = end.getEpochSecond() - begin.getEpochSecond();
            long duration = seconds;
            BigDecimal usage;
            SdrField parsing = SdrField.DURATION;
            try {
                if (format.has(SdrField.DURATION)) {
                    duration = Long.parseLong(value(SdrField.DURATION));
                }
                parsing = SdrField.USAGE_AMOUNT;
                usage = new BigDecimal(value(SdrField.USAGE_AMOUNT));
            } catch (NumberFormatException e) {
                error(SdrErrorReason.BAD_NUMBER, parsing.label() + " '" + value(parsing) + "' is not a number", text);
                return;
            }
            if (duration < 0 || duration > seconds) {
                error(SdrErrorReason.BAD_DURATION, "Duration " + duration + " s outside the period of " + seconds + " s", text);
                return;
            }
            if (usage.signum() < 0) {
                error(SdrErrorReason.NEGATIVE_USAGE, "UsageAmount " + usage.toPlainString() + " is negative", text);
                return;
            }
            if (usage.multiply(SECONDS_PER_HOUR).compareTo(limits.maxQuantityPerHour().multiply(BigDecimal.valueOf(seconds))) > 0) {
                error(SdrErrorReason.ABSURD_USAGE, "UsageAmount " + usage.toPlainString() + " exceeds "
                        + limits.maxQuantityPerHour().toPlainString() + " per hour over " + seconds + " s", text);
                return;
            }
            if (!ids.add(recordId)) {
                error(SdrErrorReason.DUPLICATE_RECORD_ID, "RecordID " + recordId + " already in this file", text);
                return;
            }
            if (type == SdrRecordType.NORMAL) {
                normal++;
            } else {
                corrections++;
            }
            sink.record(new SdrRecord(lineNo, recordId, type, stamp, project, value(SdrField.REGION_CODE),
                    value(SdrField.AZ_CODE), value(SdrField.CLOUD_SERVICE_TYPE_CODE), value(SdrField.RESOURCE_TYPE_CODE),
                    value(SdrField.RESOURCE_SPEC_CODE), resourceId, value(SdrField.BSS_PARAMS), begin, end, duration,
                    usage, unit));
        }

        /** The line as text, or null if its bytes are not valid in the encoding. */
        private String decode(byte[] bytes, int from, int to) {
            boolean ascii = true;
            for (int i = from; i < to && ascii; i++) {
                ascii = bytes[i] >= 0;
            }
            if (ascii) { // the encodings allowed are ASCII-compatible
                return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
            }
            try {
                return decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /** Splits into {@link #values}; returns the number of fields found (which may exceed the layout's). */
        private int split(String text) {
            String sep = format.separator();
            int count = 0;
            int start = 0;
            while (true) {
                int at = text.indexOf(sep, start);
                int end = at < 0 ? text.length() : at;
                if (count < values.length) {
                    values[count] = text.substring(start, end).strip();
                }
                count++;
                if (at < 0) {
                    return count;
                }
                start = at + sep.length();
            }
        }

        private String value(SdrField field) {
            int p = format.position(field);
            return p < 0 ? "" : values[p];
        }

        /** A UTC yyyyMMddHHmmss, or null. The last value of each time field is remembered: hourly files repeat them. */
        private Instant time(SdrField field) {
            String s = value(field);
            int slot = field.ordinal();
            if (s.equals(lastTimeText[slot])) {
                return lastTime[slot];
            }
            Instant t = parseTime(s);
            lastTimeText[slot] = s;
            lastTime[slot] = t;
            return t;
        }

        private static Instant parseTime(String s) {
            if (s.length() != 14) {
                return null;
            }
            for (int i = 0; i < 14; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            try {
                return LocalDateTime.of(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8), digits(s, 8, 10),
                        digits(s, 10, 12), digits(s, 12, 14)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + (s.charAt(i) - '0');
            }
            return v;
        }

        private void error(SdrErrorReason reason, String message, String raw) {
            errors++;
            byReason.merge(reason, 1L, Long::sum);
            LineError e = new LineError(lineNo, reason, message, raw);
            if (firstErrors.size() < limits.errorsKept()) {
                firstErrors.add(e);
            }
            sink.error(e);
        }

        SdrParseSummary summary(boolean nameAccepted) {
            long ok = normal + corrections;
            boolean exceeded = BigDecimal.valueOf(errors)
                    .compareTo(limits.errorRatioThreshold().multiply(BigDecimal.valueOf(ok + errors))) > 0;
            return new SdrParseSummary(fileName, nameAccepted, bytesRead, lineNo, blank, ok, normal, corrections,
                    errors, Collections.unmodifiableMap(new EnumMap<>(byReason)), List.copyOf(firstErrors), missingFinalNewline,
                    limits.errorRatioThreshold(), exceeded);
        }
    }
}
