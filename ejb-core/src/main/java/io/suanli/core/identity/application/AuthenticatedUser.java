package io.suanli.core.identity.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** Who is logged in, as the web modules see it; {@code passwordExpired}: only the password page is open. */
public record AuthenticatedUser(long userId, String username, String displayName, Set<String> roles, Long customerId,
                                boolean passwordExpired) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}
