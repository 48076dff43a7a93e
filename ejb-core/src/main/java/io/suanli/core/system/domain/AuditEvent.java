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

    private Long seq;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

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

    public Long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public String prevHash() {
        return prevHash;
    }

    /** Links this record into the chain, once: its hash covers its content and the previous record's hash. */
    public void seal(long seq, String prevHash) {
        if (this.seq != null) {
            throw new IllegalStateException("audit record " + id + " is sealed already");
        }
        this.seq = seq;
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(seq, id, toRecord(), prevHash);
    }

    /** Whether the stored hash still matches the content and the given previous hash. */
    public boolean matches(String expectedPrevHash) {
        return seq != null && expectedPrevHash.equals(prevHash) && AuditChain.hash(seq, id, toRecord(), prevHash).equals(hash);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, actorRoles, action, target, summary, ip, userAgent, outcome);
    }
}
