package io.suanli.core.shared.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The functions of the operations and system consoles (S1), each a menu and an action in it. Which role may use
 * which function is configured in the system console; the defaults below apply until an administrator changes
 * them. Services check them with {@link RequiresFunction}; menus and buttons are shown from the same grants.
 */
public enum StaffFunction {

    OPS_VERIFICATION_VIEW("ops.verification", "view", Roles.OPS_ADMIN),
    OPS_VERIFICATION_REVIEW("ops.verification", "review", Roles.OPS_ADMIN),
    OPS_CUSTOMER_ONBOARD("ops.customer", "onboard", Roles.OPS_ADMIN, Roles.SALES),
    OPS_CUSTOMER_EDIT("ops.customer", "edit", Roles.OPS_ADMIN, Roles.SALES),
    OPS_CATALOG_VIEW("ops.catalog", "view", Roles.OPS_ADMIN, Roles.SALES, Roles.FINANCE),
    OPS_CATALOG_EDIT("ops.catalog", "edit", Roles.OPS_ADMIN),
    OPS_CATALOG_PRICE("ops.catalog", "price", Roles.OPS_ADMIN),
    OPS_CATALOG_PUBLISH("ops.catalog", "publish", Roles.OPS_ADMIN),
    OPS_QUOTA_VIEW("ops.quota", "view", Roles.OPS_ADMIN, Roles.SALES),
    OPS_QUOTA_EDIT("ops.quota", "edit", Roles.OPS_ADMIN),
    OPS_FINANCE_VIEW("ops.finance", "view", Roles.FINANCE, Roles.OPS_ADMIN),
    OPS_FINANCE_ADJUST("ops.finance", "adjust", Roles.FINANCE),
    OPS_FINANCE_CREDIT("ops.finance", "credit", Roles.FINANCE),
    OPS_FINANCE_BILL("ops.finance", "bill", Roles.FINANCE, Roles.OPS_ADMIN),
    OPS_ORDER_VIEW("ops.order", "view", Roles.OPS_ADMIN, Roles.FINANCE, Roles.SALES),
    OPS_ORDER_ACCEPT("ops.order", "accept", Roles.OPS_ADMIN),
    OPS_ORDER_APPROVE("ops.order", "approve", Roles.OPS_ADMIN),
    OPS_MARKETING_VIEW("ops.marketing", "view", Roles.OPS_ADMIN, Roles.SALES),
    OPS_MARKETING_EDIT("ops.marketing", "edit", Roles.OPS_ADMIN),
    OPS_DISTRIBUTION_VIEW("ops.distribution", "view", Roles.DIST_OPS_ADMIN, Roles.FINANCE),
    OPS_DISTRIBUTION_EDIT("ops.distribution", "edit", Roles.DIST_OPS_ADMIN),
    OPS_DISTRIBUTION_SETTLE("ops.distribution", "settle", Roles.FINANCE),
    OPS_INVOICE_VIEW("ops.invoice", "view", Roles.FINANCE, Roles.OPS_ADMIN),
    OPS_INVOICE_REVIEW("ops.invoice", "review", Roles.FINANCE),
    OPS_CONTRACT_VIEW("ops.contract", "view", Roles.OPS_ADMIN, Roles.SALES, Roles.FINANCE),
    OPS_CONTRACT_EDIT("ops.contract", "edit", Roles.OPS_ADMIN, Roles.SALES),
    OPS_TICKET_VIEW("ops.ticket", "view", Roles.OPS_ADMIN, Roles.FINANCE, Roles.SALES),
    OPS_TICKET_HANDLE("ops.ticket", "handle", Roles.OPS_ADMIN, Roles.FINANCE, Roles.SALES),
    OPS_TICKET_DISPATCH("ops.ticket", "dispatch", Roles.OPS_ADMIN),
    SYSTEM_ORG_VIEW("system.org", "view", Roles.SYS_ADMIN),
    SYSTEM_ORG_MANAGE("system.org", "manage", Roles.SYS_ADMIN),
    SYSTEM_ROLES_MANAGE("system.roles", "manage", Roles.SYS_ADMIN),
    SYSTEM_SECURITY_EDIT("system.security", "edit", Roles.SYS_ADMIN),
    SYSTEM_TEMPLATES_EDIT("system.templates", "edit", Roles.SYS_ADMIN),
    SYSTEM_MESSAGES_VIEW("system.messages", "view", Roles.SYS_ADMIN),
    SYSTEM_QUOTA_EDIT("system.quota", "edit", Roles.SYS_ADMIN),
    SYSTEM_OEM_EDIT("system.oem", "edit", Roles.SYS_ADMIN),
    SYSTEM_CLOUD_MANAGE("system.cloud", "manage", Roles.SYS_ADMIN),
    SYSTEM_SDR_VIEW("system.sdr", "view", Roles.SYS_ADMIN),
    SYSTEM_SDR_IMPORT("system.sdr", "import", Roles.SYS_ADMIN),
    SYSTEM_JOBS_MANAGE("system.jobs", "manage", Roles.SYS_ADMIN),
    SYSTEM_TICKETS_MANAGE("system.tickets", "manage", Roles.SYS_ADMIN),
    SYSTEM_AUDIT_VIEW("system.audit", "view", Roles.SYS_ADMIN),
    SYSTEM_AUDIT_EXPORT("system.audit", "export", Roles.SYS_ADMIN),
    SYSTEM_AUDIT_VERIFY("system.audit", "verify", Roles.SYS_ADMIN);

    private final String menu;
    private final String action;
    private final Set<String> defaultRoles;

    StaffFunction(String menu, String action, String... defaultRoles) {
        this.menu = menu;
        this.action = action;
        this.defaultRoles = Set.of(defaultRoles);
    }

    /** E.g. {@code ops.catalog.publish}: the stable code stored with grants and used by pages. */
    public String code() {
        return menu + "." + action;
    }

    public String menu() {
        return menu;
    }

    public String action() {
        return action;
    }

    /** The console the function belongs to: {@code ops} or {@code system}. */
    public String area() {
        return menu.substring(0, menu.indexOf('.'));
    }

    public boolean grantedByDefault(String role) {
        return defaultRoles.contains(role);
    }

    /** Whether the role can hold the function at all: operations functions go to operations roles, system ones to system administrators. */
    public boolean grantableTo(String role) {
        return "ops".equals(area()) ? Roles.OPERATIONS.contains(role) : Roles.SYS_ADMIN.equals(role);
    }

    public static Optional<StaffFunction> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
