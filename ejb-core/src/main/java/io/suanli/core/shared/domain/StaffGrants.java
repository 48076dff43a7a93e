package io.suanli.core.shared.domain;

import java.util.Set;

/** The configured role grants (S1); implemented by the identity context. */
public interface StaffGrants {

    /** Whether any of the roles is granted the function. */
    boolean granted(Set<String> roles, StaffFunction function);
}
