package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A usage record as stored, for the data query (S10): where it came from, the resource, the hour and the usage. */
public record StoredSdrRecord(String recordId, long fileId, long lineNo, boolean correction, Instant stamp, long resourceId,
                              Instant hour, BigDecimal usage, String unit) {
}
