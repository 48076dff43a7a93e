package io.suanli.core.shared.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformClockTest {

    /** A system clock that the test advances by hand. */
    static final class ManualClock extends Clock {
        Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void followsTheSystemClockTruncatedToSeconds() {
        ManualClock system = new ManualClock(Instant.parse("2026-11-25T03:00:00.750Z"));
        assertEquals(Instant.parse("2026-11-25T03:00:00Z"), new PlatformClock(system).now());
    }

    @Test
    void todayAndTheStartOfADayAreInBeijingTime() {
        PlatformClock clock = new PlatformClock(new ManualClock(Instant.parse("2026-11-25T16:30:00Z")));  // 00:30 on the 26th in Beijing
        assertEquals(java.time.LocalDate.parse("2026-11-26"), clock.today());
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), PlatformClock.startOf(java.time.LocalDate.parse("2026-11-26")));
        assertEquals(null, PlatformClock.startOf(null));
    }

    @Test
    void movedClockKeepsRunningFromTheNewInstant() {
        ManualClock system = new ManualClock(Instant.parse("2026-11-25T03:00:00Z"));
        PlatformClock clock = new PlatformClock(system);
        clock.moveTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertTrue(clock.isMoved());
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), clock.now());
        system.now = system.now.plusSeconds(100 * 3600 + 20 * 60);
        assertEquals(Instant.parse("2026-07-05T04:20:00Z"), clock.now());
    }

    @Test
    void resetReturnsToRealTime() {
        ManualClock system = new ManualClock(Instant.parse("2026-11-25T03:00:00Z"));
        PlatformClock clock = new PlatformClock(system);
        clock.moveTo(Instant.parse("2030-01-01T00:00:00Z"));
        clock.reset();
        assertFalse(clock.isMoved());
        assertEquals(system.now, clock.now());
    }

    @Test
    void platformZoneIsShanghai() {
        assertEquals("Asia/Shanghai", new PlatformClock().zone().getId());
    }

    @Test
    void aConfiguredZoneIsTakenAndAnInvalidOneNamesTheVariable() {
        assertEquals("Europe/Berlin", PlatformClock.zone(" Europe/Berlin ").getId());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PlatformClock.zone("Mars/Olympus"));
        assertTrue(e.getMessage().contains("SUANLI_TIME_ZONE"), e.getMessage());
        assertTrue(e.getMessage().contains("Mars/Olympus"), e.getMessage());
    }

    @Test
    void realTimeDoesNotMoveWithTheBusinessClockAndKeepsItsPrecision() {
        ManualClock system = new ManualClock(Instant.parse("2026-11-25T03:00:00.123456Z"));
        PlatformClock business = new PlatformClock(system);
        RealTime real = new RealTime(system);
        business.moveTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-25T03:00:00.123456Z"), real.now());
        assertEquals(system.now.toEpochMilli(), real.millis());
    }
}
