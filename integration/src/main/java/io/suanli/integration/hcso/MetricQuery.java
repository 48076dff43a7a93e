package io.suanli.integration.hcso;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Cloud Eye metric series to read.
 *
 * @param namespace     service namespace, e.g. {@code SYS.ModelArts}, {@code SYS.ECS}, {@code AGT.ECS}
 * @param metricName    metric, e.g. {@code cpu_util}, {@code mem_util}, {@code gpu_util}
 * @param dimensions    up to four dimension name → value pairs that select the resource (order kept)
 * @param from          start of the period (inclusive)
 * @param to            end of the period
 * @param periodSeconds aggregation granularity: 1 (raw), 300, 1200, 3600, 14400 or 86400
 * @param aggregation   which aggregate of each interval to return
 */
public record MetricQuery(String namespace, String metricName, Map<String, String> dimensions, Instant from,
                          Instant to, int periodSeconds, Aggregation aggregation) {

    /** Aggregates Cloud Eye keeps per interval. */
    public enum Aggregation { AVERAGE, MAX, MIN, SUM, VARIANCE }

    public MetricQuery {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        dimensions = dimensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        if (dimensions.isEmpty() || dimensions.size() > 4) {
            throw new IllegalArgumentException("one to four dimensions are needed");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        if (aggregation == null) {
            aggregation = Aggregation.AVERAGE;
        }
    }

    /** Averages of one metric for one resource selected by one dimension. */
    public static MetricQuery average(String namespace, String metricName, String dimension, String value,
                                      Instant from, Instant to, int periodSeconds) {
        return new MetricQuery(namespace, metricName, Map.of(dimension, value), from, to, periodSeconds,
                Aggregation.AVERAGE);
    }
}
