package io.suanli.core.distribution.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A customer's binding to a distributor (table {@code distribution_binding}): how it came (REGISTRATION with the
 * distributor's customer invite code, or ASSIGNMENT by distribution operations with a reason), since when and until
 * when. The history is kept: a reassignment ends the current row and starts a new one; {@code current_customer_id}
 * holds the customer id while the row is current, so the database keeps one current binding per customer.
 */
@Entity
@Table(name = "distribution_binding")
public class BindingRow {

    /** How a binding came about. */
    public enum Source { REGISTRATION, ASSIGNMENT }

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "distributor_id", nullable = false, updatable = false)
    private long distributorId;

    @Column(name = "current_customer_id")
    private Long currentCustomerId;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(updatable = false)
    private String reason;

    @Column(name = "bound_at", nullable = false, updatable = false)
    private Instant boundAt;

    @Column(name = "bound_by", nullable = false, updatable = false)
    private String boundBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected BindingRow() {
    }

    public BindingRow(long id, long customerId, long distributorId, Source source, String reason, Instant at, String by) {
        this.id = id;
        this.customerId = customerId;
        this.distributorId = distributorId;
        this.currentCustomerId = customerId;
        this.source = source.name();
        this.reason = reason;
        this.boundAt = at;
        this.boundBy = by;
    }

    /** Ends the binding (a reassignment starts the next one). */
    public void end(Instant at) {
        this.endedAt = at;
        this.currentCustomerId = null;
    }

    public long id() { return id; }
    public long customerId() { return customerId; }
    public long distributorId() { return distributorId; }
    public Source source() { return Source.valueOf(source); }
    public String reason() { return reason; }
    public Instant boundAt() { return boundAt; }
    public String boundBy() { return boundBy; }
    public Instant endedAt() { return endedAt; }
    public boolean current() { return currentCustomerId != null; }
}
