package io.suanli.batch.jobs;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void dailyInBeijingTime() {
        Schedule s = Schedule.parse("daily 02:00");
        // 02:00 in Shanghai is 18:00 UTC the day before
        assertEquals(at("2026-07-09T18:00:00Z"), s.lastSlot(at("2026-07-10T17:59:59Z")));
        assertEquals(at("2026-07-10T18:00:00Z"), s.lastSlot(at("2026-07-10T18:00:00Z")));
        assertEquals(at("2026-07-11T18:00:00Z"), s.nextSlot(at("2026-07-10T18:00:00Z")));
        assertEquals(at("2026-07-10T18:00:00Z"), s.nextSlot(at("2026-07-10T12:00:00Z")));
    }

    @Test
    void hourlyEveryAndMonthly() {
        assertEquals(at("2026-07-10T09:15:00Z"), Schedule.parse("hourly :15").lastSlot(at("2026-07-10T10:14:00Z")));
        assertEquals(at("2026-07-10T10:15:00Z"), Schedule.parse("hourly 15").nextSlot(at("2026-07-10T10:14:00Z")));
        assertEquals(at("2026-07-10T10:10:00Z"), Schedule.parse("every 5 minutes").lastSlot(at("2026-07-10T10:14:59Z")));
        assertEquals(at("2026-07-10T10:15:00Z"), Schedule.parse("every 5m").nextSlot(at("2026-07-10T10:14:59Z")));
        Schedule m = Schedule.parse("Monthly 1  03:00");
        assertEquals(at("2026-06-30T19:00:00Z"), m.lastSlot(at("2026-07-10T00:00:00Z")), "1 July 03:00 in Shanghai");
        assertEquals(at("2026-07-31T19:00:00Z"), m.nextSlot(at("2026-07-10T00:00:00Z")));
        assertEquals(at("2026-05-31T19:00:00Z"), m.lastSlot(at("2026-06-30T18:59:00Z")));
    }

    @Test
    void offAndBadInput() {
        assertTrue(Schedule.parse("off").isOff());
        assertTrue(Schedule.parse(null).isOff());
        assertNull(Schedule.parse("off").lastSlot(Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("daily 25:00"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("weekly"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("monthly 31 01:00"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("every 0m"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("hourly 60"));
    }
}
