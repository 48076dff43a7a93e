package io.suanli.core.shared.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Real time, the other clock of the platform: what security and infrastructure measure against (sessions and API
 * tokens, lockout, the second-factor window, one-time codes, password expiry, rate limits, delivery logs, job
 * leases). It never moves with the dev profile's business clock ({@link PlatformClock}), so moving that clock does
 * not log anyone out. {@link #now()} is not truncated: it has the precision {@code Instant.now()} had where it was
 * read directly before. Main code reads wall time only through these two classes (see {@code ArchitectureTest}).
 */
@ApplicationScoped
public class RealTime {

    private final Clock clock;

    public RealTime() {
        this(Clock.systemUTC());
    }

    /** A real-time clock over {@code clock}: tests pin or move time with a fixed or adjustable clock. */
    public RealTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Milliseconds since the epoch, as {@code System.currentTimeMillis()}. */
    public long millis() {
        return clock.millis();
    }

    /** The underlying clock, for code that takes a {@link Clock} (signing timestamps of the payment and SMS gateways). */
    public Clock clock() {
        return clock;
    }
}
