package io.suanli.core.ordering.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The idle-capacity hint shown before a renewal (U7): the average accelerator utilisation over the last {@code days}
 * days and the threshold below which the resource counts as idle.
 */
public record IdleHint(long resourceId, int days, BigDecimal averagePercent, BigDecimal thresholdPercent, boolean idle)
        implements Serializable {
}
