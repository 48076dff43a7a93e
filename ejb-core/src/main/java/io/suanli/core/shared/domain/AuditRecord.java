package io.suanli.core.shared.domain;

import java.time.Instant;

/** One audit entry as the interceptor sees it; the system context stores it. */
public record AuditRecord(Instant at, String actor, String actorRoles, String action, String target, String summary,
                          String ip, String userAgent, String outcome) {
}
