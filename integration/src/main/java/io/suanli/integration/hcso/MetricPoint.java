package io.suanli.integration.hcso;

import java.time.Instant;

/**
 * One point of a metric series.
 *
 * @param at    start of the interval the value aggregates
 * @param value the aggregate asked for
 * @param unit  unit as the cloud states it (e.g. {@code %}), may be null
 */
public record MetricPoint(Instant at, double value, String unit) {
}
