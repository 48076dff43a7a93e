package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.TicketStatus;
import io.suanli.core.service.domain.TicketType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A stored ticket (table {@code ticket}). Its state changes only through {@link #move}, along {@link TicketStatus}'s
 * table, and each move is also written as a {@link TicketMoveRow} (the history the SLA clocks are read from).
 */
@Entity
@Table(name = "ticket")
public class TicketRow {

    @Id
    private long id;

    @Column(name = "ticket_no", nullable = false, updatable = false)
    private String ticketNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketType type;

    @Column(nullable = false, updatable = false)
    private int severity;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "resource_id", updatable = false)
    private Long resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    private String assignee;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String resolution;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "response_breached", nullable = false)
    private boolean responseBreached;

    @Column(name = "resolution_breached", nullable = false)
    private boolean resolutionBreached;

    @Version
    private long version;

    protected TicketRow() {
    }

    public TicketRow(long id, String ticketNo, long customerId, TicketType type, int severity, String subject, Long resourceId, String groupCode,
                     Instant at, String by) {
        this.id = id;
        this.ticketNo = ticketNo;
        this.customerId = customerId;
        this.type = type;
        this.severity = severity;
        this.subject = subject;
        this.resourceId = resourceId;
        this.status = TicketStatus.NEW;
        this.groupCode = groupCode;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Moves along the table; answers the move to store. Resolving keeps the time and text, a reopen clears them, closing stamps it. */
    public TicketMoveRow move(long moveId, TicketStatus.Verb verb, Instant at, String by) {
        status = status.apply(verb);
        switch (verb) {
            case RESOLVE -> resolvedAt = at;
            case REOPEN -> {
                resolvedAt = null;
                resolution = null;
            }
            case CLOSE -> closedAt = at;
            default -> { }
        }
        return new TicketMoveRow(moveId, id, verb, status, at, by);
    }

    public void assignTo(String username) { this.assignee = username; }
    public void responded(Instant at) { if (firstResponseAt == null) { firstResponseAt = at; } }
    public void resolution(String text) { this.resolution = text; }
    public void rate(int stars, String comment) { this.rating = stars; this.ratingComment = comment; }
    public void flagResponseBreach() { this.responseBreached = true; }
    public void flagResolutionBreach() { this.resolutionBreached = true; }

    public long id() { return id; }
    public String ticketNo() { return ticketNo; }
    public long customerId() { return customerId; }
    public TicketType type() { return type; }
    public int severity() { return severity; }
    public String subject() { return subject; }
    public Long resourceId() { return resourceId; }
    public TicketStatus status() { return status; }
    public String groupCode() { return groupCode; }
    public String assignee() { return assignee; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant firstResponseAt() { return firstResponseAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant closedAt() { return closedAt; }
    public String resolution() { return resolution; }
    public Integer rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public boolean responseBreached() { return responseBreached; }
    public boolean resolutionBreached() { return resolutionBreached; }
}
