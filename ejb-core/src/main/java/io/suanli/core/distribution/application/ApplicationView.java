package io.suanli.core.distribution.application;

import java.io.Serializable;
import java.time.Instant;

/** A distributor application as the review queue and the applicant see it (the contact mobile masked; the licence file, if uploaded). */
public record ApplicationView(long id, long customerId, String customerName, Long parentCustomerId, String profile, String channels,
                              String contactName, String contactMobile, String status, String levelCode, String reason,
                              Instant createdAt, Instant reviewedAt, String reviewedBy, Long licenceFileId) implements Serializable {
}
