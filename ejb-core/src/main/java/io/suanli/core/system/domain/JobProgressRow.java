package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a running job execution published about its progress: the total it will read and, optionally, how much is done. */
@Entity
@Table(name = "job_progress")
public class JobProgressRow {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    private Long total;

    private Long done;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobProgressRow() {
    }

    public JobProgressRow(long executionId, Instant at) {
        this.executionId = executionId;
        this.updatedAt = at;
    }

    public void total(long total, Instant at) {
        this.total = total;
        this.updatedAt = at;
    }

    public void done(long done, Instant at) {
        this.done = done;
        this.updatedAt = at;
    }

    public long executionId() {
        return executionId;
    }

    public Long total() {
        return total;
    }

    public Long done() {
        return done;
    }
}
