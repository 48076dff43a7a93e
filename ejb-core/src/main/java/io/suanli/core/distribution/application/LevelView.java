package io.suanli.core.distribution.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A distributor level as consoles and the API show it: tier 1 or 2, its rates (the override only for tier 1). */
public record LevelView(String code, String name, int tier, BigDecimal commissionRate, BigDecimal overrideRate, Instant createdAt,
                        String createdBy, Instant endedAt) implements Serializable {
}
