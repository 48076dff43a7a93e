package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Filters of the audit log; a null or blank field does not filter. {@code text} searches target and summary.
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(String actor, String action, String outcome, String text, Instant from, Instant to)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
