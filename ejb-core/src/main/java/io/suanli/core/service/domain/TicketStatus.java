package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The states of a ticket (SPEC §11) and the verbs that move it: NEW → ASSIGNED (a dispatcher or round-robin) →
 * IN_PROGRESS (staff work on it) ⇄ WAITING_CUSTOMER (staff asked the customer; the SLA clocks pause) → RESOLVED →
 * CLOSED (the customer confirms, or seven days after it was resolved); RESOLVED may be reopened (to IN_PROGRESS)
 * within seven days. The customer may also close an open ticket it no longer needs. Reassigning keeps the state.
 */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED;

    /** The verbs of the table; OPEN is the creation (to NEW), in no row of it. */
    public enum Verb { OPEN, ASSIGN, START, WAIT, ANSWER, RESOLVE, REOPEN, CLOSE }

    private static final Map<TicketStatus, Map<Verb, TicketStatus>> TABLE = Map.of(
            NEW, Map.of(Verb.ASSIGN, ASSIGNED, Verb.CLOSE, CLOSED),
            ASSIGNED, Map.of(Verb.ASSIGN, ASSIGNED, Verb.START, IN_PROGRESS, Verb.WAIT, WAITING_CUSTOMER, Verb.RESOLVE, RESOLVED, Verb.CLOSE, CLOSED),
            IN_PROGRESS, Map.of(Verb.ASSIGN, IN_PROGRESS, Verb.WAIT, WAITING_CUSTOMER, Verb.RESOLVE, RESOLVED, Verb.CLOSE, CLOSED),
            WAITING_CUSTOMER, Map.of(Verb.ASSIGN, WAITING_CUSTOMER, Verb.ANSWER, IN_PROGRESS, Verb.RESOLVE, RESOLVED, Verb.CLOSE, CLOSED),
            RESOLVED, Map.of(Verb.REOPEN, IN_PROGRESS, Verb.CLOSE, CLOSED),
            CLOSED, Map.of());

    /** Where {@code verb} leads from here; a keyed error when the table has no such move. */
    public TicketStatus apply(Verb verb) {
        TicketStatus to = TABLE.get(this).get(verb);
        if (to == null) {
            throw new SuanliException("ticket.illegalTransition", name(), verb.name());
        }
        return to;
    }

    public boolean allows(Verb verb) {
        return TABLE.get(this).containsKey(verb);
    }

    /** The verbs this state allows, in declaration order, lower case, as pages and the API offer them. */
    public List<String> actions(Set<Verb> audience) {
        return EnumSet.copyOf(audience).stream().filter(this::allows).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the SLA clocks run in this state: not while waiting for the customer, nor once resolved or closed. */
    public boolean clockRuns() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS;
    }

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
