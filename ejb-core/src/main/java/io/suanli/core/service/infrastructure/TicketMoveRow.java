package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One move of a ticket (table {@code ticket_move}): the verb, the state it led to, when and by whom. Never changed. */
@Entity
@Table(name = "ticket_move")
public class TicketMoveRow {

    @Id
    private long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketStatus.Verb verb;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private TicketStatus toStatus;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String by;

    protected TicketMoveRow() {
    }

    public TicketMoveRow(long id, long ticketId, TicketStatus.Verb verb, TicketStatus toStatus, Instant at, String by) {
        this.id = id;
        this.ticketId = ticketId;
        this.verb = verb;
        this.toStatus = toStatus;
        this.at = at;
        this.by = by;
    }

    public long ticketId() { return ticketId; }
    public TicketStatus.Verb verb() { return verb; }
    public TicketStatus toStatus() { return toStatus; }
    public Instant at() { return at; }
    public String by() { return by; }
}
