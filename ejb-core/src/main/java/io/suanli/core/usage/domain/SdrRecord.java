package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One valid usage record (话单) of an SDR file.
 *
 * @param lineNumber      the line of the file it came from (1-based)
 * @param recordId        unique per source; records are deduplicated by it
 * @param type            normal or correction
 * @param timeStamp       when the source wrote the record
 * @param projectId       the HCSO project (UserID)
 * @param durationSeconds the seconds of use within [begin, end); the period's length when the layout has no Duration
 * @param usage           the usage amount in {@code unit} (e.g. 2 nodes for one hour = 2 NODE_HOUR)
 * @param unit            the usage unit, {@code ""} when the layout has none
 * @param bssParams       the raw BSSParams column, {@code ""} when empty or absent
 */
public record SdrRecord(long lineNumber, String recordId, SdrRecordType type, Instant timeStamp, String projectId,
                        String regionCode, String azCode, String serviceTypeCode, String resourceTypeCode,
                        String specCode, String resourceId, String bssParams, Instant begin, Instant end,
                        long durationSeconds, BigDecimal usage, String unit) {

    /** What a correction replaces: the same resource over the same period. */
    public String periodKey() {
        return resourceId + '@' + begin.getEpochSecond() + '-' + end.getEpochSecond();
    }
}
