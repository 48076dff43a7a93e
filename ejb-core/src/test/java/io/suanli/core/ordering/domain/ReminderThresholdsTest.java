package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReminderThresholdsTest {

    static final Instant END = Instant.parse("2026-08-31T16:00:00Z");
    final ReminderThresholds t = ReminderThresholds.parse("7, 3,1,3");

    Instant before(Duration d) {
        return END.minus(d);
    }

    @Test
    void parsesSortsAndDeduplicates() {
        assertEquals(List.of(1, 3, 7), t.days());
        assertEquals(7, t.horizonDays());
        assertThrows(SuanliException.class, () -> ReminderThresholds.parse(""));
        assertThrows(SuanliException.class, () -> ReminderThresholds.parse("7,x"));
        assertThrows(SuanliException.class, () -> ReminderThresholds.parse("0,3"));
        assertThrows(SuanliException.class, () -> ReminderThresholds.parse("-1"));
    }

    @Test
    void nothingBeforeTheLargestThreshold() {
        assertEquals(OptionalInt.empty(), t.due(before(Duration.ofDays(7).plusSeconds(1)), END, List.of()));
    }

    @Test
    void eachThresholdOnceInTurn() {
        assertEquals(OptionalInt.of(7), t.due(before(Duration.ofDays(7)), END, List.of()), "exactly 7 days left");
        assertEquals(OptionalInt.empty(), t.due(before(Duration.ofDays(5)), END, List.of(7)), "7 sent, 3 not yet passed");
        assertEquals(OptionalInt.of(3), t.due(before(Duration.ofDays(3)), END, List.of(7)));
        assertEquals(OptionalInt.empty(), t.due(before(Duration.ofDays(2)), END, List.of(7, 3)));
        assertEquals(OptionalInt.of(1), t.due(before(Duration.ofHours(20)), END, List.of(7, 3)));
        assertEquals(OptionalInt.empty(), t.due(before(Duration.ofHours(2)), END, List.of(7, 3, 1)));
    }

    @Test
    void firstSeenLateGetsOnlyTheSmallestPassedThreshold() {
        assertEquals(OptionalInt.of(3), t.due(before(Duration.ofDays(2)), END, List.of()), "not 7 and 3 at once");
        assertEquals(OptionalInt.empty(), t.due(before(Duration.ofDays(2).minusHours(1)), END, List.of(3)), "and not 7 afterwards");
        assertEquals(OptionalInt.of(1), t.due(before(Duration.ofHours(5)), END, List.of()));
    }

    @Test
    void nothingOnceEnded() {
        assertEquals(OptionalInt.empty(), t.due(END, END, List.of()));
        assertEquals(OptionalInt.empty(), t.due(END.plusSeconds(60), END, List.of()));
        assertEquals(OptionalInt.empty(), t.due(END, null, List.of()));
    }

    @Test
    void daysLeftRoundUp() {
        assertEquals(7, ReminderThresholds.daysLeft(before(Duration.ofDays(7)), END));
        assertEquals(3, ReminderThresholds.daysLeft(before(Duration.ofDays(2).plusHours(1)), END));
        assertEquals(1, ReminderThresholds.daysLeft(before(Duration.ofMinutes(1)), END));
    }
}
