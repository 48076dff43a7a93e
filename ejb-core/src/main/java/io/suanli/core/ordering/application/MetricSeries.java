package io.suanli.core.ordering.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One utilisation series of a resource (U7): which measure ({@code accelerator}, {@code cpu}, {@code memory}), the
 * cloud's metric name, the points oldest first (percentages with two decimals), their average and maximum (null when
 * there are no points).
 */
public record MetricSeries(String measure, String metricName, String unit, List<Point> points, BigDecimal average, BigDecimal max)
        implements Serializable {

    /** A value at the start of the interval it aggregates. */
    public record Point(Instant at, BigDecimal value) implements Serializable {
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
