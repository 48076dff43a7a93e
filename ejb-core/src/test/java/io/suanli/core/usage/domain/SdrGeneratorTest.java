package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated files parse back to exactly what was written: N good records, or exactly the injected errors. */
class SdrGeneratorTest {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final String FILE = "hcso_20260701000000_0001.sdr";
    static final List<SdrGenerator.Resource> RESOURCES = SdrGenerator.sampleResources(50, 7);

    record Parsed(SdrParseSummary summary, List<SdrRecord> records, List<LineError> errors) {
    }

    static byte[] generate(SdrFormat format, SdrGenerator.Plan plan, List<SdrGenerator.Generated> out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.add(new SdrGenerator(format).write(plan, bytes));
        return bytes.toByteArray();
    }

    static Parsed parse(SdrFormat format, byte[] content, Instant now) throws IOException {
        List<SdrRecord> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        SdrParseSummary s = new SdrParser(format, SdrLimits.defaults()).parse(FILE, new ByteArrayInputStream(content), now,
                new SdrSink() {
                    @Override
                    public void record(SdrRecord record) {
                        records.add(record);
                    }

                    @Override
                    public void error(LineError error) {
                        errors.add(error);
                    }
                });
        return new Parsed(s, records, errors);
    }

    @Test
    void nGoodRecordsInAreNGoodRecordsOut() throws IOException {
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 5_000, 42);
        List<SdrGenerator.Generated> g = new ArrayList<>();
        Parsed p = parse(SdrFormat.defaults(), generate(SdrFormat.defaults(), plan, g), plan.now());

        assertEquals(5_000, p.summary().linesRead());
        assertEquals(5_000, p.summary().recordsOk(), () -> "errors: " + p.errors().subList(0, Math.min(5, p.errors().size())));
        assertEquals(0, p.summary().errors());
        assertEquals(g.get(0).normal(), p.summary().normal());
        assertEquals(g.get(0).corrections(), p.summary().corrections());
        assertTrue(g.get(0).corrections() > 50, "about 2 % corrections");
        Set<String> ids = new HashSet<>();
        p.records().forEach(r -> ids.add(r.recordId()));
        assertEquals(5_000, ids.size());
        List<SdrRecord> normal = p.records().stream().filter(r -> r.type() == SdrRecordType.NORMAL).toList();
        for (int k = 0; k < normal.size(); k++) {
            assertEquals(RESOURCES.get(k % 50).resourceId(), normal.get(k).resourceId());
            assertEquals(START.plusSeconds(3600L * (k / 50)), normal.get(k).begin(), "one record per resource and hour");
        }
    }

    @Test
    void correctionsCarryTheSameResourceAndAnEarlierHour() throws IOException {
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 2_000, 3);
        Parsed p = parse(SdrFormat.defaults(), generate(SdrFormat.defaults(), plan, new ArrayList<>()), plan.now());
        Set<String> normalPeriods = new HashSet<>();
        for (SdrRecord r : p.records()) {
            if (r.type() == SdrRecordType.NORMAL) {
                normalPeriods.add(r.periodKey());
            } else {
                assertTrue(normalPeriods.contains(r.periodKey()), "a correction follows the normal record it corrects");
            }
        }
    }

    @Test
    void injectedErrorsComeOutExactlyAsInjected() throws IOException {
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 20_000, 11).withErrors(new BigDecimal("0.05"));
        List<SdrGenerator.Generated> g = new ArrayList<>();
        Parsed p = parse(SdrFormat.defaults(), generate(SdrFormat.defaults(), plan, g), plan.now());

        List<SdrGenerator.InjectedError> injected = g.get(0).injected();
        assertTrue(injected.size() > 800 && injected.size() < 1_200, "about 5 %: " + injected.size());
        assertEquals(injected, p.errors().stream().map(e -> new SdrGenerator.InjectedError(e.lineNumber(), e.reason())).toList());
        assertEquals(20_000 - injected.size(), p.summary().recordsOk());
        assertEquals(g.get(0).good(), p.summary().recordsOk());
        Map<SdrErrorReason, Long> kinds = new EnumMap<>(SdrErrorReason.class);
        injected.forEach(e -> kinds.merge(e.reason(), 1L, Long::sum));
        assertEquals(Set.copyOf(SdrGenerator.INJECTABLE), kinds.keySet(), "every kind injected");
        assertEquals(kinds, p.summary().errorsByReason());
        assertTrue(p.summary().errorRatioExceeded() == p.summary().errorRatio().compareTo(new BigDecimal("0.05")) > 0);
    }

    @Test
    void aCustomFormatRoundTrips() throws IOException {
        SdrFormat format = SdrFormat.fromSettings(Map.of(SdrFormat.SEPARATOR, ",", SdrFormat.ENCODING, "GB18030",
                SdrFormat.FIELDS, "UsageAmount,UsageUnit,ResourceID,RecordType,RecordID,UserID,BeginTime,EndTime,TimeStamp,Duration,-",
                SdrFormat.NORMAL_TYPE, "1", SdrFormat.CORRECTION_TYPE, "2"));
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 3_000, 5).withErrors(new BigDecimal("0.02"));
        List<SdrGenerator.Generated> g = new ArrayList<>();
        Parsed p = parse(format, generate(format, plan, g), plan.now());
        assertEquals(g.get(0).good(), p.summary().recordsOk());
        assertEquals(g.get(0).injected().size(), p.summary().errors());
    }

    @Test
    void aLayoutWithoutDurationAndWithASemicolonSeparatorRoundTrips() throws IOException {
        SdrFormat format = SdrFormat.fromSettings(Map.of(SdrFormat.SEPARATOR, ";",
                SdrFormat.FIELDS, "RecordID,RecordType,TimeStamp,UserID,ResourceID,BSSParams,BeginTime,EndTime,UsageAmount"));
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 5_000, 8).withErrors(new BigDecimal("0.05"));
        List<SdrGenerator.Generated> g = new ArrayList<>();
        Parsed p = parse(format, generate(format, plan, g), plan.now());
        assertEquals(g.get(0).injected(), p.errors().stream()
                .map(e -> new SdrGenerator.InjectedError(e.lineNumber(), e.reason())).toList());
        assertEquals(g.get(0).good(), p.summary().recordsOk());
        assertEquals("chargeMode=PAYG&quantity=" + RESOURCES.get(0).quantity(), p.records().get(0).bssParams());
    }

    @Test
    void theSameSeedWritesTheSameFile() throws IOException {
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(RESOURCES, START, 1_000, 9).withErrors(new BigDecimal("0.1"));
        byte[] a = generate(SdrFormat.defaults(), plan, new ArrayList<>());
        byte[] b = generate(SdrFormat.defaults(), plan, new ArrayList<>());
        assertArrayEquals(a, b);
        byte[] c = generate(SdrFormat.defaults(), SdrGenerator.Plan.of(RESOURCES, START, 1_000, 10), new ArrayList<>());
        assertFalse(Arrays.equals(a, c));
    }

    /** Prints (does not assert) how fast a million generated records are written and parsed, in memory. */
    @Test
    void speedOfAMillionRecords() throws IOException {
        long n = 1_000_000;
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(SdrGenerator.sampleResources(200, 1), START, n, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(200 * (int) n);
        long t0 = System.nanoTime();
        new SdrGenerator(SdrFormat.defaults()).write(plan, bytes);
        long generated = System.nanoTime() - t0;
        byte[] content = bytes.toByteArray();
        bytes = null;

        long[] count = new long[1];
        SdrParser parser = new SdrParser(SdrFormat.defaults(), SdrLimits.defaults());
        t0 = System.nanoTime();
        SdrParseSummary s = parser.parse(FILE, new ByteArrayInputStream(content), plan.now(), r -> count[0]++);
        long parsed = System.nanoTime() - t0;

        assertEquals(n, s.recordsOk());
        System.out.printf("SDR speed: %,d records (%,d MB): generated in %,d ms (%,d records/s), parsed in %,d ms (%,d records/s)%n",
                n, content.length / 1_000_000, generated / 1_000_000, n * 1_000_000_000L / generated,
                parsed / 1_000_000, n * 1_000_000_000L / parsed);
    }

    /** Writing needs no memory per record: an output that discards what it gets. */
    @Test
    void generatingStreams() throws IOException {
        long[] written = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        SdrGenerator.Generated g = new SdrGenerator(SdrFormat.defaults())
                .write(SdrGenerator.Plan.of(RESOURCES, START, 10_000, 1), counting);
        assertEquals(10_000, g.lines());
        assertTrue(written[0] > 10_000 * 150L, "bytes: " + written[0]);
    }
}
