package io.suanli.integration.hcso;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient the connector is: HTTP timeouts, the retry budget for 5xx answers and timeouts (exponential back-off
 * from {@code initialBackoff}, doubled up to {@code maxBackoff}, at most {@code maxAttempts} tries in all), and how
 * long and how often a new resource pool is polled until it is ready.
 *
 * @param connectTimeout  TCP connect timeout (whole seconds for the Huawei SDK, at least one)
 * @param readTimeout     how long to wait for an answer (whole seconds for the Huawei SDK, at least one)
 * @param maxAttempts     tries per call, the first included (1 = no retry)
 * @param initialBackoff  pause before the first retry
 * @param maxBackoff      longest pause between tries
 * @param pollInterval    pause between two status queries while waiting for a pool
 * @param readyTimeout    how long a new or resized pool may take to become ready
 */
public record HcsoSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                           Duration maxBackoff, Duration pollInterval, Duration readyTimeout) {

    public HcsoSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 <= initial <= max");
        }
    }

    /** Production defaults: 10 s connect, 60 s read, 4 tries from 1 s to 16 s, polling every 15 s for 30 minutes. */
    public static HcsoSettings defaults() {
        return new HcsoSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(1),
                Duration.ofSeconds(16), Duration.ofSeconds(15), Duration.ofMinutes(30));
    }

    /** The same settings with another retry budget. */
    public HcsoSettings withRetries(int attempts, Duration initial, Duration max) {
        return new HcsoSettings(connectTimeout, readTimeout, attempts, initial, max, pollInterval, readyTimeout);
    }

    /** The same settings with another polling rhythm. */
    public HcsoSettings withPolling(Duration interval, Duration timeout) {
        return new HcsoSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, interval, timeout);
    }

    /** The same settings with other HTTP timeouts. */
    public HcsoSettings withTimeouts(Duration connect, Duration read) {
        return new HcsoSettings(connect, read, maxAttempts, initialBackoff, maxBackoff, pollInterval, readyTimeout);
    }

    /** The pause before retry number {@code retry} (1 for the first retry): doubled each time, capped. */
    public Duration backoff(int retry) {
        Duration pause = initialBackoff;
        for (int i = 1; i < retry && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
