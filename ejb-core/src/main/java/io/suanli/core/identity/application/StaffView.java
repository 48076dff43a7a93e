package io.suanli.core.identity.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A staff member as the system console lists it. */
public record StaffView(long id, String username, String displayName, List<String> roles, Long departmentId, String departmentName,
                        String status, boolean secondFactor, Instant lastLoginAt, List<String> actions)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }
}
