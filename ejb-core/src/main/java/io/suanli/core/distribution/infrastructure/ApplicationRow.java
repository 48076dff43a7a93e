package io.suanli.core.distribution.infrastructure;

import io.suanli.core.distribution.domain.ApplicationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A distributor application as stored (table {@code distributor_application}): the company profile, sales channels
 * and contact (the mobile number encrypted), the tier-1 it applies under (when it registered with one's distributor
 * code), and the review.
 */
@Entity
@Table(name = "distributor_application")
public class ApplicationRow {

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "parent_customer_id", updatable = false)
    private Long parentCustomerId;

    @Column(nullable = false, updatable = false)
    private String profile;

    @Column(nullable = false, updatable = false)
    private String channels;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_mobile_enc", nullable = false, updatable = false)
    private String contactMobileEnc;

    @Column(nullable = false)
    private String status;

    @Column(name = "level_code")
    private String levelCode;

    @Column
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "licence_file_id")
    private Long licenceFileId;

    /** The customer while the application is pending (unique: one pending application per customer), else null. */
    @Column(name = "pending_customer_id")
    private Long pendingCustomerId;

    protected ApplicationRow() {
    }

    public ApplicationRow(long id, long customerId, Long parentCustomerId, String profile, String channels, String contactName,
                          String contactMobileEnc, Instant at) {
        this.id = id;
        this.customerId = customerId;
        this.parentCustomerId = parentCustomerId;
        this.profile = profile;
        this.channels = channels;
        this.contactName = contactName;
        this.contactMobileEnc = contactMobileEnc;
        this.status = ApplicationStatus.PENDING.name();
        this.pendingCustomerId = customerId;
        this.createdAt = at;
    }

    /** Approved with the level, or rejected with the reason, by a reviewer. */
    public void review(ApplicationStatus to, String levelCode, String reason, Instant at, String by) {
        this.status = status().moveTo(to).name();
        this.pendingCustomerId = null;
        this.levelCode = levelCode;
        this.reason = reason;
        this.reviewedAt = at;
        this.reviewedBy = by;
    }

    public long id() { return id; }
    public long customerId() { return customerId; }
    public Long parentCustomerId() { return parentCustomerId; }
    public String profile() { return profile; }
    public String channels() { return channels; }
    public String contactName() { return contactName; }
    public String contactMobileEnc() { return contactMobileEnc; }
    public ApplicationStatus status() { return ApplicationStatus.valueOf(status); }
    public String levelCode() { return levelCode; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Long licenceFileId() { return licenceFileId; }

    /** The materials the applicant uploaded (its licence), checked to be its own by the caller. */
    public void withLicence(Long fileId) {
        this.licenceFileId = fileId;
    }
}
