package io.suanli.core.usage.domain;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic SDR files for tests, benchmarks and the dev simulators: one record per resource and hour over
 * consecutive hours, some partial hours, now and then a correction of the previous hour after a record, and — on request — a share of
 * deliberately bad lines whose line numbers and reasons are reported, so a test can expect exactly those errors.
 * Deterministic for a seed; streams to the output (nothing is held per record).
 *
 * <p>From the command line (after {@code mvn -pl ejb-core compile}):
 * {@code java -cp ejb-core/target/classes io.suanli.core.usage.domain.SdrGenerator <file> <records> [seed] [errorShare]}.
 */
public final class SdrGenerator {

    /** A resource that reports usage every hour: {@code quantity} units per full hour (e.g. 4 nodes, 800 GB). */
    public record Resource(String resourceId, String projectId, String serviceTypeCode, String resourceTypeCode,
                           String specCode, String unit, BigDecimal quantity) {
    }

    /**
     * What to write.
     *
     * @param start           the first hour (truncated to the hour)
     * @param records         lines to write, bad ones included
     * @param errorShare      share (0–1) of lines replaced by a bad line of a random kind
     * @param correctionShare share (0–1) of normal records followed by a correction (type 30, an extra line) of the
     *                        same resource's previous hour
     * @param partialShare    share (0–1) of records used only part of their hour
     * @param now             the parser's clock: future-time errors lie after it, and every good record before it
     */
    public record Plan(List<Resource> resources, Instant start, long records, long seed, BigDecimal errorShare,
                       BigDecimal correctionShare, BigDecimal partialShare, Instant now, String idPrefix) {

        public Plan {
            resources = List.copyOf(resources);
            if (resources.isEmpty() || records < 0) {
                throw new IllegalArgumentException("a plan needs resources and a non-negative number of records");
            }
            start = start.truncatedTo(ChronoUnit.HOURS);
        }

        /** Only good lines: 2 % corrections, 3 % partial hours, {@code now} one hour after the last record. */
        public static Plan of(List<Resource> resources, Instant start, long records, long seed) {
            long hours = (records + resources.size() - 1) / resources.size();
            return new Plan(resources, start, records, seed, BigDecimal.ZERO, new BigDecimal("0.02"),
                    new BigDecimal("0.03"), start.truncatedTo(ChronoUnit.HOURS).plus(hours + 1, ChronoUnit.HOURS),
                    "S" + Long.toHexString(seed).toUpperCase() + "-");
        }

        public Plan withErrors(BigDecimal share) {
            return new Plan(resources, start, records, seed, share, correctionShare, partialShare, now, idPrefix);
        }

        public Plan withCorrections(BigDecimal share) {
            return new Plan(resources, start, records, seed, errorShare, share, partialShare, now, idPrefix);
        }
    }

    /** A bad line written on purpose. */
    public record InjectedError(long lineNumber, SdrErrorReason reason) {
    }

    /** What was written. */
    public record Generated(long lines, long normal, long corrections, List<InjectedError> injected) {
        public long good() {
            return normal + corrections;
        }
    }

    /** The kinds of bad line the generator can write (each caught by the parser with this reason). */
    public static final List<SdrErrorReason> INJECTABLE = List.of(SdrErrorReason.FIELD_COUNT,
            SdrErrorReason.UNKNOWN_RECORD_TYPE, SdrErrorReason.MISSING_VALUE, SdrErrorReason.EMPTY_RESOURCE_ID,
            SdrErrorReason.BAD_TIME, SdrErrorReason.END_BEFORE_BEGIN, SdrErrorReason.FUTURE_TIME,
            SdrErrorReason.BAD_NUMBER, SdrErrorReason.BAD_DURATION, SdrErrorReason.NEGATIVE_USAGE,
            SdrErrorReason.ABSURD_USAGE, SdrErrorReason.DUPLICATE_RECORD_ID, SdrErrorReason.MALFORMED_ENCODING);

    private static final int PPM = 1_000_000;

    private final SdrFormat format;

    public SdrGenerator(SdrFormat format) {
        this.format = format;
    }

    /** Writes the plan's lines to {@code out} (flushed, not closed). */
    public Generated write(Plan plan, OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(plan.seed());
        int errorPpm = ppm(plan.errorShare());
        int correctionPpm = ppm(plan.correctionShare());
        int partialPpm = ppm(plan.partialShare());
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        String[] values = new String[SdrField.values().length];
        StringBuilder line = new StringBuilder(256);
        List<InjectedError> injected = new ArrayList<>();
        String lastGoodId = null;
        long normal = 0;
        long corrections = 0;
        int n = plan.resources().size();
        String pairs = format.separator().contains(";") ? "&" : ";"; // between the key=value pairs of BSSParams
        long slot = 0; // resource × hour of the next normal record
        boolean correctNext = false;
        long hour = 0;
        Resource r = null;
        for (long i = 0; i < plan.records(); i++) {
            boolean correction = correctNext;
            if (correction) { // corrects the previous hour of the resource just written
                correctNext = false;
            } else {
                hour = slot / n;
                r = plan.resources().get((int) (slot % n));
                slot++;
                correctNext = hour > 0 && random.nextInt(PPM) < correctionPpm;
            }
            Instant begin = plan.start().plus(correction ? hour - 1 : hour, ChronoUnit.HOURS);
            Instant end = begin.plus(1, ChronoUnit.HOURS);
            long duration = random.nextInt(PPM) < partialPpm ? 60 + random.nextInt(3540) : 3600;
            BigDecimal usage = r.quantity().multiply(BigDecimal.valueOf(duration))
                    .divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
            if (correction) {
                usage = usage.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                        .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            }
            String id = plan.idPrefix() + i;
            values[SdrField.RECORD_ID.ordinal()] = id;
            values[SdrField.RECORD_TYPE.ordinal()] = format.code(correction ? SdrRecordType.CORRECTION : SdrRecordType.NORMAL);
            Instant written = plan.start().plus(hour + 1, ChronoUnit.HOURS).plusSeconds(1 + random.nextInt(600));
            values[SdrField.TIME_STAMP.ordinal()] = stamp(written.isAfter(plan.now()) ? plan.now() : written);
            values[SdrField.USER_ID.ordinal()] = r.projectId();
            values[SdrField.REGION_CODE.ordinal()] = "cn-north-4";
            values[SdrField.AZ_CODE.ordinal()] = "cn-north-4" + (char) ('a' + Math.floorMod(r.resourceId().hashCode(), 3));
            values[SdrField.CLOUD_SERVICE_TYPE_CODE.ordinal()] = r.serviceTypeCode();
            values[SdrField.RESOURCE_TYPE_CODE.ordinal()] = r.resourceTypeCode();
            values[SdrField.RESOURCE_SPEC_CODE.ordinal()] = r.specCode();
            values[SdrField.RESOURCE_ID.ordinal()] = r.resourceId();
            values[SdrField.BSS_PARAMS.ordinal()] = "chargeMode=PAYG" + pairs + "quantity=" + r.quantity().toPlainString();
            values[SdrField.BEGIN_TIME.ordinal()] = stamp(begin);
            values[SdrField.END_TIME.ordinal()] = stamp(end);
            values[SdrField.DURATION.ordinal()] = Long.toString(duration);
            values[SdrField.USAGE_AMOUNT.ordinal()] = usage.toPlainString();
            values[SdrField.USAGE_UNIT.ordinal()] = r.unit();
            values[SdrField.IGNORED.ordinal()] = "";

            SdrErrorReason bad = random.nextInt(PPM) < errorPpm ? INJECTABLE.get(random.nextInt(INJECTABLE.size())) : null;
            if (bad == SdrErrorReason.DUPLICATE_RECORD_ID && lastGoodId == null) {
                bad = SdrErrorReason.FIELD_COUNT;
            }
            if (bad == SdrErrorReason.BAD_DURATION && !format.has(SdrField.DURATION)) {
                bad = SdrErrorReason.NEGATIVE_USAGE;
            }
            int columns = format.fieldCount();
            boolean malformed = false;
            if (bad != null) {
                injected.add(new InjectedError(i + 1, bad));
                switch (bad) {
                    case FIELD_COUNT -> columns--;
                    case UNKNOWN_RECORD_TYPE -> values[SdrField.RECORD_TYPE.ordinal()] = "99";
                    case MISSING_VALUE -> values[SdrField.RECORD_ID.ordinal()] = "";
                    case EMPTY_RESOURCE_ID -> values[SdrField.RESOURCE_ID.ordinal()] = "";
                    case BAD_TIME -> values[SdrField.BEGIN_TIME.ordinal()] = "20261345250000";
                    case END_BEFORE_BEGIN -> {
                        values[SdrField.BEGIN_TIME.ordinal()] = stamp(end);
                        values[SdrField.END_TIME.ordinal()] = stamp(begin);
                    }
                    case FUTURE_TIME -> values[SdrField.END_TIME.ordinal()] = stamp(plan.now().plus(1, ChronoUnit.DAYS));
                    case BAD_NUMBER -> values[SdrField.USAGE_AMOUNT.ordinal()] = "1,5x";
                    case BAD_DURATION -> values[SdrField.DURATION.ordinal()] = "7200";
                    case NEGATIVE_USAGE -> values[SdrField.USAGE_AMOUNT.ordinal()] = "-" + usage.toPlainString();
                    case ABSURD_USAGE -> values[SdrField.USAGE_AMOUNT.ordinal()] = "999999999999";
                    case DUPLICATE_RECORD_ID -> values[SdrField.RECORD_ID.ordinal()] = lastGoodId;
                    case MALFORMED_ENCODING -> malformed = true;
                    default -> throw new IllegalStateException("not injectable: " + bad);
                }
            } else if (correction) {
                corrections++;
                lastGoodId = id;
            } else {
                normal++;
                lastGoodId = id;
            }
            line.setLength(0);
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append(format.separator());
                }
                line.append(values[format.fields().get(c).ordinal()]);
            }
            buffered.write(line.toString().getBytes(format.encoding()));
            if (malformed) {
                buffered.write(0xFF); // never valid in UTF-8, GBK or GB18030
            }
            buffered.write('\n');
        }
        buffered.flush();
        return new Generated(plan.records(), normal, corrections, List.copyOf(injected));
    }

    /** A file name the default pattern accepts: {@code <source>_<yyyyMMddHHmmss>_<sequence>.sdr}. */
    public static String fileName(String source, Instant createdAt, int sequence) {
        return source + '_' + stamp(createdAt) + '_' + String.format("%04d", sequence) + ".sdr";
    }

    /** {@code count} resources over a few projects: GPU and NPU pools (nodes), OBS buckets (GB), ECS (VMs). */
    public static List<Resource> sampleResources(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Resource> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String project = "0b7c1f9e2d3a4c5b8e6f7a8b9c0d" + String.format("%04x", i % 7);
            String rid = String.format("%08x-%04x-4%03x-a%03x-%012x", random.nextInt() & 0xFFFFFFFFL,
                    random.nextInt(0x10000), random.nextInt(0x1000), random.nextInt(0x1000), random.nextLong() & 0xFFFFFFFFFFFFL);
            list.add(switch (i % 4) {
                case 0 -> new Resource(rid, project, "hws.service.type.modelarts", "hws.resource.type.ma.pool",
                        "modelarts.pool.gpu.8xa100", "NODE_HOUR", BigDecimal.valueOf(1 + random.nextInt(8)));
                case 1 -> new Resource(rid, project, "hws.service.type.modelarts", "hws.resource.type.ma.pool",
                        "modelarts.pool.npu.8x910b", "NODE_HOUR", BigDecimal.valueOf(1 + random.nextInt(16)));
                case 2 -> new Resource(rid, project, "hws.service.type.obs", "hws.resource.type.obs.bucket",
                        "obs.standard", "GB_HOUR", BigDecimal.valueOf(100 + random.nextInt(5000)));
                default -> new Resource(rid, project, "hws.service.type.ec2", "hws.resource.type.vm",
                        "c7.2xlarge.4", "NODE_HOUR", BigDecimal.ONE);
            });
        }
        return list;
    }

    /** UTC yyyyMMddHHmmss. */
    static String stamp(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        char[] c = new char[14];
        put(c, 0, d.getYear(), 4);
        put(c, 4, d.getMonthValue(), 2);
        put(c, 6, d.getDayOfMonth(), 2);
        put(c, 8, d.getHour(), 2);
        put(c, 10, d.getMinute(), 2);
        put(c, 12, d.getSecond(), 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int ppm(BigDecimal share) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share is between 0 and 1: " + share);
        }
        return share.multiply(BigDecimal.valueOf(PPM)).intValue();
    }
}
