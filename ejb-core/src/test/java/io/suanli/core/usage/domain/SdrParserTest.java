package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Line-level validation of SDR files: every bad line is reported with its number and reason, none throws. */
class SdrParserTest {

    static final Instant NOW = Instant.parse("2026-07-02T00:00:00Z");
    static final String FILE = "hcso-cn-north-4_20260701020000_0001.sdr";

    final List<SdrRecord> records = new ArrayList<>();
    final List<LineError> errors = new ArrayList<>();
    final SdrSink sink = new SdrSink() {
        @Override
        public void record(SdrRecord record) {
            records.add(record);
        }

        @Override
        public void error(LineError error) {
            errors.add(error);
        }
    };

    SdrParseSummary parse(String content) throws IOException {
        return parse(content.getBytes(StandardCharsets.UTF_8));
    }

    SdrParseSummary parse(byte[] content) throws IOException {
        return new SdrParser(SdrFormat.defaults(), SdrLimits.defaults())
                .parse(FILE, new ByteArrayInputStream(content), NOW, sink);
    }

    static String lines(Object... lines) {
        StringBuilder b = new StringBuilder();
        for (Object l : lines) {
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /** The one error of a file of a good line followed by {@code bad}: line 2, with this reason. */
    void assertRejected(SdrErrorReason reason, SdrLine bad) throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), bad));
        assertEquals(1, s.recordsOk(), "the good line");
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals(2, errors.get(0).lineNumber());
        assertEquals(reason, errors.get(0).reason(), errors.get(0).message());
        assertEquals(bad.toString(), errors.get(0).rawLine());
        assertEquals(Map.of(reason, 1L), s.errorsByReason());
    }

    @Test
    void aGoodLineBecomesATypedRecord() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid().with(SdrField.USAGE_AMOUNT, "2.500000")
                .with(SdrField.DURATION, "2250")));

        assertEquals(1, s.linesRead());
        assertEquals(1, s.recordsOk());
        assertEquals(0, s.errors());
        SdrRecord r = records.get(0);
        assertEquals(1, r.lineNumber());
        assertEquals("R-0001", r.recordId());
        assertEquals(SdrRecordType.NORMAL, r.type());
        assertEquals(Instant.parse("2026-07-01T01:05:00Z"), r.timeStamp());
        assertEquals("proj-a", r.projectId());
        assertEquals("cn-north-4", r.regionCode());
        assertEquals("cn-north-4a", r.azCode());
        assertEquals("hws.service.type.modelarts", r.serviceTypeCode());
        assertEquals("hws.resource.type.ma.pool", r.resourceTypeCode());
        assertEquals("modelarts.pool.gpu.8xa100", r.specCode());
        assertEquals("pool-1", r.resourceId());
        assertEquals("chargeMode=PAYG", r.bssParams());
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), r.begin());
        assertEquals(Instant.parse("2026-07-01T01:00:00Z"), r.end());
        assertEquals(2250, r.durationSeconds());
        assertEquals(new BigDecimal("2.500000"), r.usage());
        assertEquals("NODE_HOUR", r.unit());
        assertEquals("pool-1@1782864000-1782867600", r.periodKey());
    }

    @Test
    void aCorrectionIsTypeThirty() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), SdrLine.valid("R-2").with(SdrField.RECORD_TYPE, "30")
                .with(SdrField.USAGE_AMOUNT, "3")));

        assertEquals(2, s.recordsOk());
        assertEquals(1, s.normal());
        assertEquals(1, s.corrections());
        assertEquals(SdrRecordType.CORRECTION, records.get(1).type());
        assertEquals(records.get(0).periodKey(), records.get(1).periodKey(), "corrects the same resource and hour");
    }

    @Test
    void crLfLinesABomAndSpacesAroundValuesAreAccepted() throws IOException {
        String content = "\uFEFF" + SdrLine.valid("R-1").with(SdrField.USAGE_AMOUNT, " 4 ") + "\r\n"
                + SdrLine.valid("R-2") + "\r\n";
        SdrParseSummary s = parse(content);
        assertEquals(2, s.recordsOk(), () -> "errors: " + errors);
        assertEquals("R-1", records.get(0).recordId());
        assertEquals(new BigDecimal("4"), records.get(0).usage());
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), "", SdrLine.valid("R-2")));
        assertEquals(3, s.linesRead());
        assertEquals(1, s.blankLines());
        assertEquals(2, s.recordsOk());
        assertEquals(3, records.get(1).lineNumber());
    }

    @Test
    void chineseTextInUtf8IsRead() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid().with(SdrField.BSS_PARAMS, "备注=训练集群")));
        assertEquals(1, s.recordsOk());
        assertEquals("备注=训练集群", records.get(0).bssParams());
    }

    @Test
    void tooFewFieldsIsAFieldCountError() throws IOException {
        String bad = SdrLine.valid("R-2").toString();
        bad = bad.substring(0, bad.lastIndexOf('|'));
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), bad));
        assertEquals(SdrErrorReason.FIELD_COUNT, errors.get(0).reason());
        assertEquals(2, errors.get(0).lineNumber());
        assertEquals("15 fields, expected 16", errors.get(0).message());
        assertEquals(1, s.errors(SdrErrorReason.FIELD_COUNT));
    }

    @Test
    void tooManyFieldsIsAFieldCountError() throws IOException {
        parse(lines(SdrLine.valid("R-1"), SdrLine.valid("R-2") + "|extra"));
        assertEquals(SdrErrorReason.FIELD_COUNT, errors.get(0).reason());
        assertEquals("17 fields, expected 16", errors.get(0).message());
    }

    @Test
    void anUnknownRecordTypeIsRejected() throws IOException {
        assertRejected(SdrErrorReason.UNKNOWN_RECORD_TYPE, SdrLine.valid("R-2").with(SdrField.RECORD_TYPE, "21"));
    }

    @Test
    void anEmptyRecordIdIsAMissingValue() throws IOException {
        assertRejected(SdrErrorReason.MISSING_VALUE, SdrLine.valid("R-2").with(SdrField.RECORD_ID, ""));
    }

    @Test
    void anEmptyProjectIsAMissingValue() throws IOException {
        assertRejected(SdrErrorReason.MISSING_VALUE, SdrLine.valid("R-2").with(SdrField.USER_ID, " "));
    }

    @Test
    void anEmptyResourceIdIsRejected() throws IOException {
        assertRejected(SdrErrorReason.EMPTY_RESOURCE_ID, SdrLine.valid("R-2").with(SdrField.RESOURCE_ID, ""));
    }

    @Test
    void anUnparsableTimeIsRejected() throws IOException {
        assertRejected(SdrErrorReason.BAD_TIME, SdrLine.valid("R-2").with(SdrField.BEGIN_TIME, "2026-07-01 00:00"));
    }

    @Test
    void anImpossibleDateIsABadTime() throws IOException {
        assertRejected(SdrErrorReason.BAD_TIME, SdrLine.valid("R-2").with(SdrField.END_TIME, "20260230010000"));
    }

    @Test
    void aBadTimeStampIsABadTime() throws IOException {
        assertRejected(SdrErrorReason.BAD_TIME, SdrLine.valid("R-2").with(SdrField.TIME_STAMP, "2026070101050"));
    }

    @Test
    void anEndBeforeTheBeginIsRejected() throws IOException {
        assertRejected(SdrErrorReason.END_BEFORE_BEGIN, SdrLine.valid("R-2")
                .with(SdrField.BEGIN_TIME, "20260701010000").with(SdrField.END_TIME, "20260701000000"));
    }

    @Test
    void anEndInTheFutureIsRejected() throws IOException {
        assertRejected(SdrErrorReason.FUTURE_TIME, SdrLine.valid("R-2")
                .with(SdrField.BEGIN_TIME, "20260701230000").with(SdrField.END_TIME, "20260702010000")
                .with(SdrField.USAGE_AMOUNT, "8"));
    }

    @Test
    void aTimeStampInTheFutureIsRejected() throws IOException {
        assertRejected(SdrErrorReason.FUTURE_TIME, SdrLine.valid("R-2").with(SdrField.TIME_STAMP, "20260702000600"));
    }

    @Test
    void aTimeWithinTheClockSkewIsAccepted() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-2").with(SdrField.TIME_STAMP, "20260702000500")));
        assertEquals(1, s.recordsOk(), "5 minutes of skew are allowed by default");
    }

    @Test
    void anUnparsableUsageIsABadNumber() throws IOException {
        assertRejected(SdrErrorReason.BAD_NUMBER, SdrLine.valid("R-2").with(SdrField.USAGE_AMOUNT, "4,5"));
    }

    @Test
    void anUnparsableDurationIsABadNumber() throws IOException {
        assertRejected(SdrErrorReason.BAD_NUMBER, SdrLine.valid("R-2").with(SdrField.DURATION, "1h"));
        assertEquals("Duration '1h' is not a number", errors.get(0).message());
    }

    @Test
    void theMessageNamesTheBadNumber() throws IOException {
        parse(lines(SdrLine.valid("R-2").with(SdrField.USAGE_AMOUNT, "4.5.1")));
        assertEquals("UsageAmount '4.5.1' is not a number", errors.get(0).message());
    }

    @Test
    void aDurationLongerThanThePeriodIsRejected() throws IOException {
        assertRejected(SdrErrorReason.BAD_DURATION, SdrLine.valid("R-2").with(SdrField.DURATION, "3601"));
    }

    @Test
    void aNegativeDurationIsRejected() throws IOException {
        assertRejected(SdrErrorReason.BAD_DURATION, SdrLine.valid("R-2").with(SdrField.DURATION, "-1"));
    }

    @Test
    void aNegativeUsageIsRejected() throws IOException {
        assertRejected(SdrErrorReason.NEGATIVE_USAGE, SdrLine.valid("R-2").with(SdrField.USAGE_AMOUNT, "-0.000001"));
    }

    @Test
    void aZeroUsageIsAccepted() throws IOException {
        assertEquals(1, parse(lines(SdrLine.valid().with(SdrField.USAGE_AMOUNT, "0"))).recordsOk());
    }

    @Test
    void usageAboveTheHoursTimesTheMaximumQuantityIsAbsurd() throws IOException {
        // one hour: at most 100,000 by default
        assertEquals(1, parse(lines(SdrLine.valid("R-1").with(SdrField.USAGE_AMOUNT, "100000"))).recordsOk());
        assertRejected(SdrErrorReason.ABSURD_USAGE, SdrLine.valid("R-2").with(SdrField.USAGE_AMOUNT, "100000.000001"));
    }

    @Test
    void theMaximumQuantityIsPerHourOfThePeriodAndConfigurable() throws IOException {
        SdrParser parser = new SdrParser(SdrFormat.defaults(), SdrLimits.fromSettings(
                Map.of(SdrLimits.MAX_QUANTITY_PER_HOUR, "16")));
        String twoHours = lines(
                SdrLine.valid("R-1").with(SdrField.END_TIME, "20260701020000").with(SdrField.USAGE_AMOUNT, "32"),
                SdrLine.valid("R-2").with(SdrField.END_TIME, "20260701020000").with(SdrField.USAGE_AMOUNT, "32.5"),
                SdrLine.valid("R-3").with(SdrField.END_TIME, "20260701003000").with(SdrField.DURATION, "1800")
                        .with(SdrField.USAGE_AMOUNT, "8.5"));
        SdrParseSummary s = parser.parse(FILE, new ByteArrayInputStream(twoHours.getBytes(StandardCharsets.UTF_8)), NOW, sink);
        assertEquals(1, s.recordsOk());
        assertEquals(List.of(2L, 3L), errors.stream().map(LineError::lineNumber).toList());
        assertEquals(2, s.errors(SdrErrorReason.ABSURD_USAGE));
    }

    @Test
    void anEmptyUnitIsAMissingValue() throws IOException {
        assertRejected(SdrErrorReason.MISSING_VALUE, SdrLine.valid("R-2").with(SdrField.USAGE_UNIT, ""));
    }

    @Test
    void aRepeatedRecordIdIsADuplicateAndTheFirstLineStays() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), SdrLine.valid("R-2"),
                SdrLine.valid("R-1").with(SdrField.USAGE_AMOUNT, "5"), SdrLine.valid("R-3"), SdrLine.valid("R-2")));
        assertEquals(3, s.recordsOk());
        assertEquals(List.of(3L, 5L), errors.stream().map(LineError::lineNumber).toList());
        assertEquals(2, s.errors(SdrErrorReason.DUPLICATE_RECORD_ID));
        assertEquals(new BigDecimal("4"), records.get(0).usage(), "the first line with the id counts");
    }

    @Test
    void aRecordIdOfARejectedLineIsStillFree() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1").with(SdrField.USAGE_AMOUNT, "x"), SdrLine.valid("R-1")));
        assertEquals(1, s.recordsOk());
        assertEquals(SdrErrorReason.BAD_NUMBER, errors.get(0).reason());
        assertEquals(2, records.get(0).lineNumber());
    }

    @Test
    void malformedUtf8IsALineErrorNotAnException() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(lines(SdrLine.valid("R-1")).getBytes(StandardCharsets.UTF_8));
        byte[] bad = SdrLine.valid("R-2").with(SdrField.BSS_PARAMS, "note=XX").toString().getBytes(StandardCharsets.UTF_8);
        int at = new String(bad, StandardCharsets.UTF_8).indexOf("XX");
        bad[at] = (byte) 0xC3; // a lead byte followed by '(' : not UTF-8
        bad[at + 1] = '(';
        out.writeBytes(bad);
        out.write('\n');
        out.writeBytes(lines(SdrLine.valid("R-3")).getBytes(StandardCharsets.UTF_8));

        SdrParseSummary s = parse(out.toByteArray());

        assertEquals(2, s.recordsOk());
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).lineNumber());
        assertEquals(SdrErrorReason.MALFORMED_ENCODING, errors.get(0).reason());
        assertTrue(errors.get(0).rawLine().contains("note=\uFFFD("), errors.get(0).rawLine());
        assertEquals(List.of("R-1", "R-3"), records.stream().map(SdrRecord::recordId).toList());
    }

    @Test
    void aTruncatedLastLineIsReportedAsSuch() throws IOException {
        String cut = SdrLine.valid("R-2").toString().substring(0, 60);
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1")) + cut);
        assertEquals(2, s.linesRead());
        assertTrue(s.missingFinalNewline());
        assertEquals(1, s.recordsOk());
        assertEquals(SdrErrorReason.TRUNCATED_LINE, errors.get(0).reason());
        assertEquals(2, errors.get(0).lineNumber());
        assertEquals(cut, errors.get(0).rawLine());
    }

    @Test
    void aCompleteLastLineWithoutNewlineIsAccepted() throws IOException {
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1")) + SdrLine.valid("R-2"));
        assertEquals(2, s.recordsOk());
        assertTrue(s.missingFinalNewline());
    }

    @Test
    void anOverlongLineIsRejectedAndReadingGoesOn() throws IOException {
        String longLine = SdrLine.valid("R-2").with(SdrField.BSS_PARAMS, "x".repeat(70_000)).toString();
        SdrParseSummary s = parse(lines(SdrLine.valid("R-1"), longLine, SdrLine.valid("R-3")));
        assertEquals(2, s.recordsOk());
        assertEquals(SdrErrorReason.LINE_TOO_LONG, errors.get(0).reason());
        assertEquals(2, errors.get(0).lineNumber());
        assertEquals(LineError.MAX_RAW, errors.get(0).rawLine().length());
    }

    @Test
    void theErrorRatioAboveTheThresholdFlagsTheFile() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 19; i++) {
            content.append(SdrLine.valid("R-" + i)).append('\n');
        }
        content.append(SdrLine.valid("R-20").with(SdrField.USAGE_AMOUNT, "-1")).append('\n');
        SdrParseSummary exactly5 = parse(content.toString());
        assertEquals(new BigDecimal("0.0500"), exactly5.errorRatio());
        assertFalse(exactly5.errorRatioExceeded(), "5 % is the default threshold, not above it");
        assertTrue(exactly5.acceptable());

        content.append(SdrLine.valid("R-21").with(SdrField.RESOURCE_ID, "")).append('\n');
        SdrParseSummary above = parse(content.toString());
        assertEquals(new BigDecimal("0.0952"), above.errorRatio());
        assertTrue(above.errorRatioExceeded());
        assertFalse(above.acceptable());
    }

    @Test
    void theThresholdIsConfigurable() throws IOException {
        SdrParser strict = new SdrParser(SdrFormat.defaults(),
                SdrLimits.fromSettings(Map.of(SdrLimits.ERROR_RATIO_THRESHOLD, "0")));
        String content = lines(SdrLine.valid("R-1"), SdrLine.valid("R-1"));
        SdrParseSummary s = strict.parse(FILE, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), NOW, sink);
        assertTrue(s.errorRatioExceeded());
        assertEquals(new BigDecimal("0"), s.errorRatioThreshold());
    }

    @Test
    void aFileNameOutsideThePatternIsNotRead() throws IOException {
        SdrParser parser = new SdrParser(SdrFormat.defaults(), SdrLimits.defaults());
        SdrParseSummary s = parser.parse("usage.csv", new ByteArrayInputStream(
                lines(SdrLine.valid()).getBytes(StandardCharsets.UTF_8)), NOW, sink);
        assertFalse(s.fileNameAccepted());
        assertFalse(s.acceptable());
        assertEquals(0, s.linesRead());
        assertTrue(records.isEmpty());
    }

    @Test
    void theSummaryKeepsOnlyTheFirstErrors() throws IOException {
        SdrParser parser = new SdrParser(SdrFormat.defaults(), SdrLimits.fromSettings(Map.of(SdrLimits.ERRORS_KEPT, "2")));
        String content = lines("a", "b", "c");
        SdrParseSummary s = parser.parse(FILE, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), NOW, sink);
        assertEquals(3, s.errors());
        assertEquals(3, errors.size(), "the sink gets them all");
        assertEquals(List.of(1L, 2L), s.firstErrors().stream().map(LineError::lineNumber).toList());
    }

    @Test
    void aCustomFormatWithAnotherSeparatorAndFieldOrder() throws IOException {
        SdrFormat format = SdrFormat.fromSettings(Map.of(
                SdrFormat.SEPARATOR, ";;",
                SdrFormat.FIELDS, "RecordType,RecordID,ResourceID,UserID,BeginTime,EndTime,-,UsageAmount,TimeStamp",
                SdrFormat.FILE_PATTERN, "^usage-\\d{8}\\.csv$",
                SdrFormat.NORMAL_TYPE, "N",
                SdrFormat.CORRECTION_TYPE, "C"));
        String content = lines(
                "N;;id-1;;vm-7;;proj-b;;20260701000000;;20260701010000;;whatever;;1.5;;20260701010203",
                "C;;id-2;;vm-7;;proj-b;;20260701000000;;20260701010000;;;;1.25;;20260701020000",
                "20;;id-3;;vm-7;;proj-b;;20260701000000;;20260701010000;;;;1;;20260701020000");
        SdrParseSummary s = new SdrParser(format, SdrLimits.defaults()).parse("usage-20260701.csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), NOW, sink);

        assertEquals(2, s.recordsOk(), () -> "errors: " + errors);
        SdrRecord r = records.get(0);
        assertEquals("id-1", r.recordId());
        assertEquals("vm-7", r.resourceId());
        assertEquals("proj-b", r.projectId());
        assertEquals(3600, r.durationSeconds(), "no Duration column: the whole period");
        assertEquals(new BigDecimal("1.5"), r.usage());
        assertEquals("", r.unit());
        assertEquals("", r.specCode());
        assertEquals(Instant.parse("2026-07-01T01:02:03Z"), r.timeStamp());
        assertEquals(SdrRecordType.CORRECTION, records.get(1).type());
        assertEquals(SdrErrorReason.UNKNOWN_RECORD_TYPE, errors.get(0).reason());
        assertEquals(3, errors.get(0).lineNumber());
    }

    @Test
    void aGbkFileIsDecodedAsGbk() throws IOException {
        SdrFormat gbk = SdrFormat.fromSettings(Map.of(SdrFormat.ENCODING, "GBK"));
        byte[] content = lines(SdrLine.valid().with(SdrField.BSS_PARAMS, "备注=训练")).getBytes(java.nio.charset.Charset.forName("GBK"));
        SdrParseSummary s = new SdrParser(gbk, SdrLimits.defaults()).parse(FILE, new ByteArrayInputStream(content), NOW, sink);
        assertEquals(1, s.recordsOk());
        assertEquals("备注=训练", records.get(0).bssParams());
    }
}
