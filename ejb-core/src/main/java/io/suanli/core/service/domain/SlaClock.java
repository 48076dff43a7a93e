package io.suanli.core.service.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A ticket's two SLA clocks read from its own history (SPEC §11), never from fields an update could forget to set:
 * the time the clock ran (in NEW, ASSIGNED, IN_PROGRESS; paused while WAITING_CUSTOMER and stopped while RESOLVED or
 * CLOSED, running again after a reopen) until the first staff reply that the customer sees, and until now or the
 * resolution. A clock is breached when its elapsed time exceeds the target — a first response after the target stays
 * breached; one before it can never breach later (the defect of an update-time escalation firing after the reply).
 *
 * @param transitions the ticket's moves in time order, the first one its creation (to NEW)
 */
public record SlaClock(Sla sla, List<Move> transitions, Instant firstResponseAt) {

    /** One move of the ticket: the state it entered and when. */
    public record Move(TicketStatus to, Instant at) {
        public Move {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What the clocks say at {@code now}. */
    public record Reading(Duration responseElapsed, boolean responded, boolean responseBreached, Instant responseDue,
                          Duration resolutionElapsed, boolean running, boolean resolutionBreached, Instant resolutionDue) {
    }

    public SlaClock {
        transitions = List.copyOf(transitions);
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("a ticket's history starts with its creation");
        }
    }

    public Reading at(Instant now) {
        Instant responseEnd = firstResponseAt == null ? now : firstResponseAt;
        Duration response = running(responseEnd);
        Duration resolution = running(now);
        TicketStatus current = transitions.get(transitions.size() - 1).to();
        boolean running = current.clockRuns();
        // a due time moves with the pauses: now plus what is left of the target while the clock runs; unknown (null) while paused
        Instant responseDue = firstResponseAt != null || !running ? null : now.plus(sla.firstResponse().minus(response));
        Instant resolutionDue = !running ? null : now.plus(sla.resolution().minus(resolution));
        return new Reading(response, firstResponseAt != null, response.compareTo(sla.firstResponse()) > 0, responseDue, resolution, running,
                resolution.compareTo(sla.resolution()) > 0, resolutionDue);
    }

    /** The time the clock ran from the creation until {@code end}. */
    private Duration running(Instant end) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < transitions.size(); i++) {
            Move m = transitions.get(i);
            if (!m.at().isBefore(end)) {
                break;
            }
            Instant until = i + 1 < transitions.size() && transitions.get(i + 1).at().isBefore(end) ? transitions.get(i + 1).at() : end;
            if (m.to().clockRuns() && until.isAfter(m.at())) {
                total = total.plus(Duration.between(m.at(), until));
            }
        }
        return total;
    }
}
