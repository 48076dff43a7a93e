package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The pull cursor of the import job's reader: the same lines as a whole parse, and a restart at any checkpoint. */
class SdrCursorTest {

    private static final Instant NOW = Instant.parse("2026-08-01T00:00:00Z");
    private final SdrParser parser = new SdrParser(SdrFormat.defaults(), SdrLimits.defaults());

    private byte[] file() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SdrGenerator(SdrFormat.defaults()).write(SdrGenerator.Plan.of(SdrGenerator.sampleResources(7, 3),
                Instant.parse("2026-07-01T00:00:00Z"), 5_000, 11).withErrors(new BigDecimal("0.02")).withCorrections(new BigDecimal("0.01")), out);
        out.write("\n\nlast|line|without|newline".getBytes());
        return out.toByteArray();
    }

    private List<String> whole(byte[] bytes) throws IOException {
        List<String> seen = new ArrayList<>();
        parser.parse("src_20260701000000_1.sdr", new ByteArrayInputStream(bytes), NOW, sink(seen));
        return seen;
    }

    private static SdrSink sink(List<String> seen) {
        return new SdrSink() {
            @Override
            public void record(SdrRecord r) {
                seen.add(r.lineNumber() + ":" + r.recordId());
            }

            @Override
            public void error(LineError e) {
                seen.add(e.lineNumber() + ":" + e.reason());
            }
        };
    }

    @Test
    void aCursorReadsWhatAWholeParseReads() throws IOException {
        byte[] bytes = file();
        List<String> pulled = new ArrayList<>();
        SdrParser.Cursor c = parser.open("src_20260701000000_1.sdr", new ByteArrayInputStream(bytes), NOW, 0, 0);
        while (c.next(sink(pulled))) {
            // one line each
        }
        assertEquals(whole(bytes), pulled);
        assertEquals(bytes.length, c.offset());
    }

    @Test
    void aCursorRestartedAtACheckpointReadsTheRestExactly() throws IOException {
        byte[] bytes = file();
        List<String> all = whole(bytes);
        for (int stopAfter : new int[]{1, 17, 2500, 4999}) {
            List<String> first = new ArrayList<>();
            SdrParser.Cursor c = parser.open("src_20260701000000_1.sdr", new ByteArrayInputStream(bytes), NOW, 0, 0);
            for (int i = 0; i < stopAfter; i++) {
                c.next(sink(first));
            }
            long offset = c.offset();
            long lines = c.lineNumber();
            InputStream rest = new ByteArrayInputStream(bytes);
            assertEquals(offset, rest.skip(offset));
            List<String> second = new ArrayList<>();
            SdrParser.Cursor d = parser.open("src_20260701000000_1.sdr", rest, NOW, offset, lines);
            while (d.next(sink(second))) {
                // the rest
            }
            List<String> joined = new ArrayList<>(first);
            joined.addAll(second);
            // the same lines with the same outcome; only an id duplicated across the checkpoint is left for the database
            assertEquals(lineNumbers(all), lineNumbers(joined), "stop after " + stopAfter);
            assertEquals(all.stream().filter(x -> !x.endsWith("DUPLICATE_RECORD_ID")).toList(),
                    joined.stream().filter(x -> !x.endsWith("DUPLICATE_RECORD_ID") && all.contains(x)).toList(), "stop after " + stopAfter);
            assertEquals(bytes.length, d.offset());
        }
    }

    private static List<String> lineNumbers(List<String> items) {
        return items.stream().map(x -> x.substring(0, x.indexOf(':'))).toList();
    }

    @Test
    void aNameOffThePatternOpensNothing() {
        assertNull(parser.open("../x.sdr", new ByteArrayInputStream(new byte[0]), NOW, 0, 0));
    }
}
