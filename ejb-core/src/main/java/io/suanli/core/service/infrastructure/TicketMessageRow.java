package io.suanli.core.service.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message of a ticket's thread (table {@code ticket_message}); an internal one is a staff note the customer never sees. */
@Entity
@Table(name = "ticket_message")
public class TicketMessageRow {

    @Id
    private long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private boolean staff;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketMessageRow() {
    }

    public TicketMessageRow(long id, long ticketId, String author, boolean staff, boolean internal, String body, Instant at) {
        this.id = id;
        this.ticketId = ticketId;
        this.author = author;
        this.staff = staff;
        this.internal = internal;
        this.body = body;
        this.createdAt = at;
    }

    public long id() { return id; }
    public long ticketId() { return ticketId; }
    public String author() { return author; }
    public boolean staff() { return staff; }
    public boolean internal() { return internal; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
