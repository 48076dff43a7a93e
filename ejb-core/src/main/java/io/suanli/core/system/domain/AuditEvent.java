package io.suanli.core.system.domain;

import io.suanli.core.shared.domain.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored audit record. Append-only: there is no method that changes one. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String ip;

    @Column(name = "user_agent", nullable = false)
    private String userAgent;

    @Column(nullable = false)
    private String outcome;

    protected AuditEvent() {
    }

    public AuditEvent(long id, AuditRecord r) {
        this.id = id;
        this.occurredAt = r.at();
        this.actor = r.actor();
        this.actorRoles = r.actorRoles();
        this.action = r.action();
        this.target = r.target();
        this.summary = r.summary();
        this.ip = r.ip();
        this.userAgent = r.userAgent();
        this.outcome = r.outcome();
    }

    public long id() {
        return id;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, actorRoles, action, target, summary, ip, userAgent, outcome);
    }
}
