package io.suanli.core.identity.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A real-name verification as pages show it: the ID number masked, the licence as a file id. */
public record VerificationView(long id, long customerId, String customerName, String kind, String status, String subjectName,
                               String creditCode, String legalRepName, String idNumberMasked, Long licenceFileId,
                               String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
                               String rejectReason, List<String> actions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }
}
