package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The cluster lease of one batch job: which node (and which start on it) runs the job until when, the execution it
 * started and the last schedule slot started. Rows change only through conditional bulk updates (see
 * {@code JobLeases}), so the database decides who wins a race.
 */
@Entity
@Table(name = "job_lease")
public class JobLease {

    @Id
    @Column(name = "job_name")
    private String jobName;

    private String holder;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "leased_until", nullable = false)
    private Instant leasedUntil;

    @Column(name = "last_scheduled")
    private Instant lastScheduled;

    @Column(nullable = false)
    private long version;

    protected JobLease() {
    }

    public JobLease(String jobName, String holder, Instant leasedUntil) {
        this.jobName = jobName;
        this.holder = holder;
        this.leasedUntil = leasedUntil;
    }

    public String jobName() {
        return jobName;
    }

    public String holder() {
        return holder;
    }

    public Long executionId() {
        return executionId;
    }

    public Instant leasedUntil() {
        return leasedUntil;
    }

    public Instant lastScheduled() {
        return lastScheduled;
    }

    /** Held by someone at {@code now}. */
    public boolean heldAt(Instant now) {
        return holder != null && leasedUntil.isAfter(now);
    }
}
