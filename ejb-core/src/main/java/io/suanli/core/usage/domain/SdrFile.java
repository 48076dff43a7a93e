package io.suanli.core.usage.domain;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An SDR file received (inbox, upload or OBS) and what its import did: the registry of B1. The same content twice is
 * one file (unique SHA-256). Counters are written by the import job as it goes.
 */
@Entity
@Table(name = "sdr_file")
public class SdrFile {

    public enum Source { INBOX, UPLOAD, OBS }

    /**
     * RECEIVED → IMPORTING → IMPORTED, or REJECTED (error ratio; nothing charged), or FAILED (stopped or failed, to
     * restart: IMPORTING again). IMPORTING → IMPORTING is a new execution taking the file over (a restart after its
     * server died). IMPORTED and REJECTED are final. Anything not in the table is an error.
     */
    public enum Status {
        RECEIVED, IMPORTING, IMPORTED, REJECTED, FAILED;

        private static final Map<Status, Set<Status>> NEXT = new EnumMap<>(Status.class);

        static {
            NEXT.put(RECEIVED, EnumSet.of(IMPORTING));
            NEXT.put(IMPORTING, EnumSet.of(IMPORTING, IMPORTED, REJECTED, FAILED));
            NEXT.put(FAILED, EnumSet.of(IMPORTING));
            for (Status s : values()) {
                NEXT.putIfAbsent(s, EnumSet.noneOf(Status.class));
            }
        }

        /** The statuses this one may move to. */
        public Set<Status> next() {
            return Set.copyOf(NEXT.get(this));
        }

        public boolean canMoveTo(Status to) {
            return NEXT.get(this).contains(to);
        }

        /** Refuses a move that is not in the table ({@code sdr.illegalTransition}: file name, from, to). */
        public void requireMoveTo(Status to, String fileName) {
            if (!canMoveTo(to)) {
                throw new SuanliException("sdr.illegalTransition", fileName, name(), to.name());
            }
        }

        /**
         * What the console may offer on a file in this status: START a received file, RESTART a failed one (each its move
         * to IMPORTING; IMPORTING → IMPORTING is a takeover, not offered), STOP one importing (its move to FAILED).
         */
        public java.util.List<String> actions() {
            if (this != IMPORTING && canMoveTo(IMPORTING)) {
                return java.util.List.of(this == FAILED ? "RESTART" : "START");
            }
            return canMoveTo(FAILED) ? java.util.List.of("STOP") : java.util.List.of();
        }

        /** Imported or rejected: nothing moves it any more. */
        public boolean isFinal() {
            return NEXT.get(this).isEmpty();
        }
    }

    @Id
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "stored_path", nullable = false, updatable = false)
    private String storedPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "bytes_done", nullable = false)
    private long bytesDone;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "records_new", nullable = false)
    private long recordsNew;

    @Column(name = "records_duplicate", nullable = false)
    private long recordsDuplicate;

    @Column(nullable = false)
    private long corrections;

    @Column(nullable = false)
    private long errors;

    @Column(nullable = false)
    private long resources;

    @Column(name = "hours_rated", nullable = false)
    private long hoursRated;

    @Column(name = "amount_rated", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountRated = BigDecimal.ZERO.setScale(2);

    @Column(name = "amount_charged", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountCharged = BigDecimal.ZERO.setScale(2);

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /** The server running the import (after a crash of that server, it resumes the import when it comes back). */
    @Column(name = "node")
    private String node;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected SdrFile() {
    }

    public SdrFile(long id, Source source, String name, long sizeBytes, String sha256, String storedPath, Instant at, String by) {
        this.id = id;
        this.source = source;
        this.name = name;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedPath = storedPath;
        this.status = Status.RECEIVED;
        this.receivedAt = at;
        this.receivedBy = by;
    }

    /** The job took the file (again, after a failure or a stop). */
    public void importing(long executionId, String node, Instant at) {
        move(Status.IMPORTING);
        this.node = node;
        this.statusReason = null;
        this.jobExecutionId = executionId;
        if (startedAt == null) {
            this.startedAt = at;
        }
    }

    /** Progress of the loading step, written with each chunk. */
    public void loaded(long bytesDone, long linesRead) {
        this.bytesDone = bytesDone;
        this.linesRead = linesRead;
    }

    /** The counts of the loaded file, recomputed from the stored records and errors. */
    public void counted(long recordsNew, long corrections, long recordsDuplicate, long errors, long resources) {
        this.recordsNew = recordsNew;
        this.corrections = corrections;
        this.recordsDuplicate = recordsDuplicate;
        this.errors = errors;
        this.resources = resources;
    }

    public void rated(long hours, BigDecimal rated, BigDecimal charged) {
        this.hoursRated += hours;
        this.amountRated = amountRated.add(rated);
        this.amountCharged = amountCharged.add(charged);
    }

    /** The load step found too many bad lines: nothing of it is charged. */
    public void rejected(String reason, Instant at) {
        move(Status.REJECTED);
        this.statusReason = reason;
        this.finishedAt = at;
    }

    /** The job failed or was stopped: the file waits for a restart. */
    public void failed(String reason) {
        move(Status.FAILED);
        this.statusReason = reason;
    }

    /** Every record stored and every touched hour charged. */
    public void imported(Instant at) {
        move(Status.IMPORTED);
        this.statusReason = null;
        this.bytesDone = sizeBytes;
        this.finishedAt = at;
    }

    private void move(Status to) {
        status.requireMoveTo(to, name);
        this.status = to;
    }

    public long id() { return id; }
    public Source source() { return source; }
    public String name() { return name; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String storedPath() { return storedPath; }
    public Status status() { return status; }
    public String statusReason() { return statusReason; }
    public long bytesDone() { return bytesDone; }
    public long linesRead() { return linesRead; }
    public long recordsNew() { return recordsNew; }
    public long recordsDuplicate() { return recordsDuplicate; }
    public long corrections() { return corrections; }
    public long errors() { return errors; }
    public long resources() { return resources; }
    public long hoursRated() { return hoursRated; }
    public BigDecimal amountRated() { return amountRated; }
    public BigDecimal amountCharged() { return amountCharged; }
    public Long jobExecutionId() { return jobExecutionId; }
    public String node() { return node; }
    public Instant receivedAt() { return receivedAt; }
    public String receivedBy() { return receivedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
