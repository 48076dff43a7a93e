package io.suanli.core.shared.domain;

import java.util.Set;

/** The roles of the platform, as used by {@code @RolesAllowed}, the web constraints and the JWT groups claim. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String OPS_ADMIN = "OPS_ADMIN";
    public static final String DIST_OPS_ADMIN = "DIST_OPS_ADMIN";
    public static final String FINANCE = "FINANCE";
    public static final String SALES = "SALES";
    public static final String SYS_ADMIN = "SYS_ADMIN";

    public static final Set<String> ALL = Set.of(CUSTOMER, OPS_ADMIN, DIST_OPS_ADMIN, FINANCE, SALES, SYS_ADMIN);
    /** Roles of the operations console. */
    public static final Set<String> OPERATIONS = Set.of(OPS_ADMIN, DIST_OPS_ADMIN, FINANCE, SALES);

    private Roles() {
    }
}
