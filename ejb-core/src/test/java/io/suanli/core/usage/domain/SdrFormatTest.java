package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDR layout and limits from settings, with their defaults. */
class SdrFormatTest {

    @Test
    void theDefaultLayoutIsTheHuaweiDerivedOneWithARecordIdFirst() {
        SdrFormat f = SdrFormat.defaults();
        assertEquals("|", f.separator());
        assertEquals(StandardCharsets.UTF_8, f.encoding());
        assertEquals(16, f.fieldCount());
        assertEquals(0, f.position(SdrField.RECORD_ID));
        assertEquals(1, f.position(SdrField.RECORD_TYPE));
        assertEquals(9, f.position(SdrField.RESOURCE_ID));
        assertEquals(15, f.position(SdrField.USAGE_UNIT));
        assertEquals(SdrRecordType.NORMAL, f.recordType("20"));
        assertEquals(SdrRecordType.CORRECTION, f.recordType("30"));
        assertNull(f.recordType("10"));
    }

    @Test
    void theDefaultFileNamePattern() {
        SdrFormat f = SdrFormat.defaults();
        assertTrue(f.acceptsFileName("hcso-cn-north-4_20260701120000_0001.sdr"));
        assertTrue(f.acceptsFileName("HCSO_cdr_20260701120000_17.txt"));
        assertFalse(f.acceptsFileName("hcso_2026070112000_0001.sdr"), "13 digits");
        assertFalse(f.acceptsFileName("hcso_20260701120000_0001.sdr.gz"));
        assertFalse(f.acceptsFileName("../hcso_20260701120000_0001.sdr"));
        assertFalse(f.acceptsFileName(null));
        assertEquals("src_20260701120000_0007.sdr",
                SdrGenerator.fileName("src", java.time.Instant.parse("2026-07-01T12:00:00Z"), 7));
    }

    @Test
    void settingsOverrideTheDefaults() {
        SdrFormat f = SdrFormat.fromSettings(Map.of(SdrFormat.SEPARATOR, "\t", SdrFormat.ENCODING, "GB18030",
                SdrFormat.FIELDS, " recordid , RecordType,TimeStamp,UserID,ResourceID,BeginTime,EndTime,UsageAmount ",
                SdrFormat.FILE_PATTERN, "^x\\.sdr$", SdrFormat.NORMAL_TYPE, "1", SdrFormat.CORRECTION_TYPE, "2"));
        assertEquals("\t", f.separator());
        assertEquals("GB18030", f.encoding().name());
        assertEquals(8, f.fieldCount());
        assertFalse(f.has(SdrField.DURATION));
        assertTrue(f.acceptsFileName("x.sdr"));
        assertEquals("2", f.code(SdrRecordType.CORRECTION));
    }

    @Test
    void aLayoutWithoutARequiredFieldIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SdrFormat.fromSettings(
                Map.of(SdrFormat.FIELDS, "RecordID,RecordType,TimeStamp,UserID,BeginTime,EndTime,UsageAmount")));
        assertEquals("SDR layout lacks required fields [ResourceID]", e.getMessage());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SdrFormat.fromSettings(Map.of(SdrFormat.FIELDS, "RecordID,Nope")));
        assertThrows(IllegalArgumentException.class, () -> SdrFormat.fromSettings(
                Map.of(SdrFormat.FIELDS, String.join(",", "RecordID,RecordID", "RecordType,TimeStamp,UserID,ResourceID,BeginTime,EndTime,UsageAmount"))));
        assertThrows(IllegalArgumentException.class, () -> SdrFormat.fromSettings(Map.of(SdrFormat.ENCODING, "UTF-16")));
        assertThrows(IllegalArgumentException.class, () -> SdrFormat.fromSettings(Map.of(SdrFormat.CORRECTION_TYPE, "20")));
        assertThrows(IllegalArgumentException.class, () -> SdrLimits.fromSettings(Map.of(SdrLimits.ERROR_RATIO_THRESHOLD, "1.5")));
        assertThrows(IllegalArgumentException.class, () -> SdrLimits.fromSettings(Map.of(SdrLimits.MAX_QUANTITY_PER_HOUR, "0")));
    }

    @Test
    void theDefaultLimits() {
        SdrLimits l = SdrLimits.defaults();
        assertEquals(new BigDecimal("100000"), l.maxQuantityPerHour());
        assertEquals(Duration.ofMinutes(5), l.clockSkew());
        assertEquals(new BigDecimal("0.05"), l.errorRatioThreshold());
        assertEquals(65536, l.maxLineLength());
        assertEquals(Duration.ofSeconds(30), SdrLimits.fromSettings(Map.of(SdrLimits.CLOCK_SKEW, "PT30S")).clockSkew());
    }

    @Test
    void recordIdFingerprintsTellAMillionIdsApart() {
        RecordIdSet set = new RecordIdSet();
        for (int i = 0; i < 1_000_000; i++) {
            assertTrue(set.add("S1-" + i));
        }
        assertFalse(set.add("S1-999999"));
        assertFalse(set.add("S1-0"));
        assertTrue(set.add("S1-1000000"));
        assertEquals(1_000_001, set.size());
    }
}
