package io.suanli.core.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An expiry reminder sent (B3): once per resource, term end and threshold — the unique key
 * {@code (resource_id, term_end, threshold_days)} is the guarantee. The term end is part of the key so that a renewed
 * term gets its reminders again.
 */
@Entity
@Table(name = "expiry_reminder")
public class ExpiryReminder {

    @Id
    private long id;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;

    @Column(name = "term_end", nullable = false, updatable = false)
    private Instant termEnd;

    @Column(name = "threshold_days", nullable = false, updatable = false)
    private int thresholdDays;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ExpiryReminder() {
    }

    public ExpiryReminder(long id, long resourceId, Instant termEnd, int thresholdDays, long customerId, Instant sentAt) {
        this.id = id;
        this.resourceId = resourceId;
        this.termEnd = termEnd;
        this.thresholdDays = thresholdDays;
        this.customerId = customerId;
        this.sentAt = sentAt;
    }

    public void recipients(int count) {
        this.recipients = count;
    }

    public int thresholdDays() {
        return thresholdDays;
    }

    public long resourceId() {
        return resourceId;
    }
}
