package io.suanli.core.identity.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A user of a customer as its administrator sees it. */
public record SubUserView(long id, String username, String displayName, boolean admin, String status, List<String> permissions,
                          Instant createdAt, List<String> actions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }
}
