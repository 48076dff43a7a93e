package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One audit record as the audit log pages show it; {@code seq} is null until the record is sealed into the chain. */
public record AuditRow(long id, Long seq, Instant at, String actor, String actorRoles, String action, String target,
                       String summary, String ip, String userAgent, String outcome) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
