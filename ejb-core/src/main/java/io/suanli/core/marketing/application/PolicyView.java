package io.suanli.core.marketing.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The stacking policy of the marketing center: BEST_ONLY or STACKED, the floor rate, and who set it when. */
public record PolicyView(String stacking, BigDecimal floorRate, Instant updatedAt, String updatedBy) implements Serializable {
}
