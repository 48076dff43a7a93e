package io.suanli.integration.payment.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the simulator behaves.
 *
 * @param payBaseUrl   the base URL of our web application; pay pages are {@code {payBaseUrl}/pay/simulator/{orderNumber}}
 * @param retryDelays  when to (re)deliver a notification, each delay counted from the previous failed attempt; the
 *                     first is usually zero. Tests use zeros
 * @param httpTimeout  how long one delivery attempt waits for our endpoint
 */
public record SimulatorConfig(URI payBaseUrl, List<Duration> retryDelays, Duration httpTimeout) {

    /** Like a real channel: at once, then after 5 s, 30 s, 3 min, 10 min, 30 min and 1 h. */
    public static final List<Duration> REAL_CHANNEL_DELAYS = List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(30),
            Duration.ofHours(1));

    public SimulatorConfig {
        Objects.requireNonNull(payBaseUrl, "payBaseUrl");
        if (retryDelays == null || retryDelays.isEmpty()) {
            throw new IllegalArgumentException("at least one delivery attempt is needed");
        }
        retryDelays = List.copyOf(retryDelays);
        if (retryDelays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (httpTimeout == null) {
            httpTimeout = Duration.ofSeconds(10);
        }
    }

    /** The dev profile's simulator: real-channel delays, 10 s per attempt. */
    public static SimulatorConfig of(URI payBaseUrl) {
        return new SimulatorConfig(payBaseUrl, REAL_CHANNEL_DELAYS, Duration.ofSeconds(10));
    }
}
