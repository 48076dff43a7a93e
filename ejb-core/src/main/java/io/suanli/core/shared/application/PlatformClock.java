package io.suanli.core.shared.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's one source of time. Production runs on the system clock; in the dev profile a system
 * administrator may move it (see {@code DevClockService}) so that billing scenarios can be played through.
 * Moving the clock sets an offset: time keeps running from the new instant.
 */
@ApplicationScoped
public class PlatformClock {

    /** Platform time zone for billing periods and display. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Clock system;

    public PlatformClock() {
        this(Clock.systemUTC());
    }

    PlatformClock(Clock system) {
        this.system = system;
    }

    /** Now, truncated to whole seconds so that every database stores the same instant (see the architecture notes). */
    public Instant now() {
        return system.instant().plus(offset.get()).truncatedTo(ChronoUnit.SECONDS);
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** Moves the clock so that {@link #now()} returns {@code instant} at this moment. */
    public void moveTo(Instant instant) {
        offset.set(Duration.between(system.instant(), instant));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public boolean isMoved() {
        return !offset.get().isZero();
    }
}
