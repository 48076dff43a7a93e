package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A customer's real-name verification (U1): submitted by the customer, approved or rejected (with a reason) by
 * operations. The ID number is encrypted; only its masked form is shown.
 */
@Entity
@Table(name = "real_name_verification")
public class RealNameVerification {

    public enum Status {
        SUBMITTED, APPROVED, REJECTED;

        /** What operations may offer: REVIEW (approve or reject) while the table still has a move out of it. */
        public java.util.List<String> actions() {
            return TRANSITIONS.get(this).isEmpty() ? java.util.List.of() : java.util.List.of("REVIEW");
        }
    }

    /** The one table of allowed transitions. */
    static final Map<Status, Set<Status>> TRANSITIONS = Map.of(
            Status.SUBMITTED, Set.of(Status.APPROVED, Status.REJECTED),
            Status.APPROVED, Set.of(),
            Status.REJECTED, Set.of());

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String status;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "legal_rep_name")
    private String legalRepName;

    @Column(name = "id_number_enc", nullable = false)
    private String idNumberEnc;

    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;

    @Column(name = "licence_file_id")
    private Long licenceFileId;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Version
    private long version;

    protected RealNameVerification() {
    }

    public static RealNameVerification personal(long id, long customerId, String name, String idNumberEnc, String masked,
                                                String by, Instant at) {
        RealNameVerification v = new RealNameVerification();
        v.id = id;
        v.customerId = customerId;
        v.kind = "PERSONAL";
        v.subjectName = name;
        v.idNumberEnc = idNumberEnc;
        v.idNumberMasked = masked;
        v.status = Status.SUBMITTED.name();
        v.submittedBy = by;
        v.submittedAt = at;
        return v;
    }

    public static RealNameVerification enterprise(long id, long customerId, String company, String creditCode,
                                                  String legalRepName, String idNumberEnc, String masked, long licenceFileId,
                                                  String by, Instant at) {
        RealNameVerification v = personal(id, customerId, company, idNumberEnc, masked, by, at);
        v.kind = "ENTERPRISE";
        v.creditCode = creditCode;
        v.legalRepName = legalRepName;
        v.licenceFileId = licenceFileId;
        return v;
    }

    public void approve(String by, Instant at) {
        move(Status.APPROVED, by, at);
    }

    public void reject(String reason, String by, Instant at) {
        move(Status.REJECTED, by, at);
        this.rejectReason = reason;
    }

    private void move(Status to, String by, Instant at) {
        if (!TRANSITIONS.get(status()).contains(to)) {
            throw new SuanliException("verification.illegalTransition", status(), to);
        }
        this.status = to.name();
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public long id() { return id; }
    public long customerId() { return customerId; }
    public String kind() { return kind; }
    public Status status() { return Status.valueOf(status); }
    public String subjectName() { return subjectName; }
    public String creditCode() { return creditCode; }
    public String legalRepName() { return legalRepName; }
    public String idNumberEnc() { return idNumberEnc; }
    public String idNumberMasked() { return idNumberMasked; }
    public Long licenceFileId() { return licenceFileId; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String rejectReason() { return rejectReason; }
}
