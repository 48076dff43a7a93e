package io.suanli.core.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's one source of time. Production runs on the system clock; in the dev profile a system
 * administrator may move it (see {@code DevClockService}) so that billing scenarios can be played through.
 * Moving the clock sets an offset: time keeps running from the new instant. Security and infrastructure times
 * (sessions, tokens, lockout, codes, leases) use {@link RealTime} instead, which never moves.
 */
@ApplicationScoped
public class PlatformClock {

    static final String ZONE_KEY = "suanli.time-zone";
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    /**
     * Platform time zone for billing periods, schedules and display: {@code suanli.time-zone} (environment
     * {@code SUANLI_TIME_ZONE}), default Asia/Shanghai. Read once, when this class is first used; where no
     * MicroProfile Config exists (unit tests) the default.
     */
    public static final ZoneId ZONE = configuredZone();

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

    /** Today's date in the platform zone (Beijing time): the default day of date fields. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(now(), ZONE);
    }

    /** The instant a day starts in the platform zone; null for no day (an open end of a date filter). */
    public static Instant startOf(java.time.LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** Reads the zone when the application starts, so that an invalid {@code SUANLI_TIME_ZONE} fails the deployment. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        zone();
    }

    static ZoneId configuredZone() {
        String id;
        try {
            id = ConfigProvider.getConfig().getOptionalValue(ZONE_KEY, String.class).orElse(DEFAULT_ZONE);
        } catch (IllegalStateException | java.util.ServiceConfigurationError | LinkageError noConfig) {
            id = DEFAULT_ZONE;
        }
        return zone(id);
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException("SUANLI_TIME_ZONE (" + ZONE_KEY + ") is not a time zone id: '" + id
                    + "' (use a region such as Asia/Shanghai)", e);
        }
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
