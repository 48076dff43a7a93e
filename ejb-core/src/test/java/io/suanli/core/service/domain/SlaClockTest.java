package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaClockTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static Instant at(String hhmm) {
        String[] p = hhmm.split(":");
        return T0.plus(Duration.ofHours(Long.parseLong(p[0])).plusMinutes(Long.parseLong(p[1])));
    }

    static SlaClock.Move move(TicketStatus to, String hhmm) {
        return new SlaClock.Move(to, at(hhmm));
    }

    @Test
    void theDefaultsPerSeverity() {
        assertEquals(Duration.ofHours(1), Sla.of(1).firstResponse());
        assertEquals(Duration.ofHours(4), Sla.of(1).resolution());
        assertEquals(Duration.ofHours(24), Sla.of(2).resolution());
        assertEquals(Duration.ofHours(72), Sla.of(3).resolution());
        assertEquals(Duration.ofDays(7), Sla.of(4).resolution());
        assertEquals("ticket.severityInvalid", assertThrows(SuanliException.class, () -> Sla.of(5)).key());
        assertEquals("ticket.severityInvalid", assertThrows(SuanliException.class, () -> Sla.of(0)).key());
    }

    @Test
    void waitingForTheCustomerPausesAndAReopenRunsTheClockAgain() {
        // severity 2: 4 h to the first response, 24 h to the resolution
        List<SlaClock.Move> history = List.of(move(TicketStatus.NEW, "0:00"), move(TicketStatus.ASSIGNED, "0:30"),
                move(TicketStatus.IN_PROGRESS, "3:00"), move(TicketStatus.WAITING_CUSTOMER, "5:00"), move(TicketStatus.IN_PROGRESS, "15:00"),
                move(TicketStatus.RESOLVED, "20:00"));
        SlaClock clock = new SlaClock(Sla.of(2), history, at("3:00"));
        SlaClock.Reading resolved = clock.at(at("40:00"));
        assertEquals(Duration.ofHours(3), resolved.responseElapsed());
        assertTrue(resolved.responded());
        assertFalse(resolved.responseBreached(), "answered within 4 h");
        assertEquals(Duration.ofHours(10), resolved.resolutionElapsed(), "5 h, then 10 h waiting not counted, then 5 h; the resolved time not counted");
        assertFalse(resolved.running());
        assertFalse(resolved.resolutionBreached());
        assertNull(resolved.resolutionDue(), "no due time while the clock stands");

        List<SlaClock.Move> reopened = new java.util.ArrayList<>(history);
        reopened.add(move(TicketStatus.IN_PROGRESS, "34:00"));
        SlaClock again = new SlaClock(Sla.of(2), reopened, at("3:00"));
        SlaClock.Reading justIn = again.at(at("48:00"));
        assertEquals(Duration.ofHours(24), justIn.resolutionElapsed(), "10 h before the reopen and 14 h since");
        assertFalse(justIn.resolutionBreached(), "exactly the target is not a breach");
        assertEquals(at("48:00"), justIn.resolutionDue());
        SlaClock.Reading late = again.at(at("48:01"));
        assertTrue(late.resolutionBreached());
        assertFalse(late.responseBreached(), "a response in time never breaches later");
    }

    @Test
    void noFirstResponseBreachesAtTheTargetAndAPauseBeforeItHolds() {
        SlaClock open = new SlaClock(Sla.of(1), List.of(move(TicketStatus.NEW, "0:00")), null);
        assertFalse(open.at(at("1:00")).responseBreached());
        assertEquals(at("1:00"), open.at(at("0:20")).responseDue());
        assertTrue(open.at(at("1:01")).responseBreached());
        SlaClock paused = new SlaClock(Sla.of(1), List.of(move(TicketStatus.NEW, "0:00"), move(TicketStatus.ASSIGNED, "0:10"),
                move(TicketStatus.WAITING_CUSTOMER, "0:40")), null);
        SlaClock.Reading r = paused.at(at("9:00"));
        assertEquals(Duration.ofMinutes(40), r.responseElapsed(), "the clock stood while waiting for the customer");
        assertFalse(r.responseBreached());
        assertNull(r.responseDue());
        SlaClock lateReply = new SlaClock(Sla.of(1), List.of(move(TicketStatus.NEW, "0:00"), move(TicketStatus.IN_PROGRESS, "2:00")), at("2:00"));
        assertTrue(lateReply.at(at("30:00")).responseBreached(), "a late first response stays breached");
    }

    @Test
    void theTicketMovesOnlyAlongItsTable() {
        assertEquals(TicketStatus.ASSIGNED, TicketStatus.NEW.apply(TicketStatus.Verb.ASSIGN));
        assertEquals(TicketStatus.WAITING_CUSTOMER, TicketStatus.IN_PROGRESS.apply(TicketStatus.Verb.WAIT));
        assertEquals(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER.apply(TicketStatus.Verb.ANSWER));
        assertEquals(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED.apply(TicketStatus.Verb.REOPEN));
        assertEquals(TicketStatus.CLOSED, TicketStatus.RESOLVED.apply(TicketStatus.Verb.CLOSE));
        assertEquals("ticket.illegalTransition", assertThrows(SuanliException.class, () -> TicketStatus.NEW.apply(TicketStatus.Verb.RESOLVE)).key());
        assertEquals("ticket.illegalTransition", assertThrows(SuanliException.class, () -> TicketStatus.CLOSED.apply(TicketStatus.Verb.REOPEN)).key());
        assertEquals("ticket.illegalTransition", assertThrows(SuanliException.class, () -> TicketStatus.IN_PROGRESS.apply(TicketStatus.Verb.REOPEN)).key());
        assertEquals(List.of("reopen", "close"), TicketStatus.RESOLVED.actions(Set.of(TicketStatus.Verb.REOPEN, TicketStatus.Verb.CLOSE)));
        for (TicketStatus s : TicketStatus.values()) {
            assertEquals(s == TicketStatus.NEW || s == TicketStatus.ASSIGNED || s == TicketStatus.IN_PROGRESS, s.clockRuns(), s.name());
        }
    }
}
