package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.time.Duration;
import java.util.Locale;

/**
 * The periods a utilisation chart can show (U7), each with the Cloud Eye aggregation granularity that gives it a
 * readable number of points: 1 hour in 5-minute points (12), 24 hours in 20-minute points (72), 7 days in hourly
 * points (168), 30 days in 4-hour points (180).
 */
public enum MonitoringPeriod {
    H1("1h", Duration.ofHours(1), 300),
    H24("24h", Duration.ofHours(24), 1200),
    D7("7d", Duration.ofDays(7), 3600),
    D30("30d", Duration.ofDays(30), 14400);

    private final String code;
    private final Duration length;
    private final int granularitySeconds;

    MonitoringPeriod(String code, Duration length, int granularitySeconds) {
        this.code = code;
        this.length = length;
        this.granularitySeconds = granularitySeconds;
    }

    /** {@code 1h}, {@code 24h}, {@code 7d} or {@code 30d}; blank means 24 hours. */
    public static MonitoringPeriod parse(String code) {
        if (code == null || code.isBlank()) {
            return H24;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (MonitoringPeriod p : values()) {
            if (p.code.equals(c)) {
                return p;
            }
        }
        throw new SuanliException("monitoring.periodInvalid", code);
    }

    public String code() { return code; }
    public Duration length() { return length; }
    public int granularitySeconds() { return granularitySeconds; }
}
