package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A staff role a system administrator defined (S1), e.g. a read-only auditor: a name in both languages and the
 * built-in role it is based on. It is a row of {@code app_role}, beside the built-in roles (which have no base). Its members open that role's console and pass its service checks, but may use only
 * the functions granted to this role on the roles page — none until some are granted, and never one the base role
 * could not hold.
 */
@Entity
@Table(name = "app_role")
public class StaffRole {

    /** The built-in staff roles a custom role may be based on. */
    public static final List<String> BUILT_IN = List.of(Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN);

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,29}");

    @Id
    private String code;

    @Column(name = "role_kind", nullable = false)
    private String kind;

    /** The console the role opens: {@code ops} or {@code system}, as its base's. */
    @Column(nullable = false)
    private String console;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    /** Null for the built-in roles, which share the table. */
    @Column(name = "base_role")
    private String baseRole;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected StaffRole() {
    }

    /** Checks the code (3–30 of A–Z, 0–9, _; no built-in name), both names (1–60 characters) and the base role. */
    public static StaffRole define(String code, String nameZh, String nameEn, String baseRole, Instant at, String by) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches() || Roles.ALL.contains(c) || UserAccount.RESERVED_USERNAMES.contains(c.toLowerCase(Locale.ROOT))) {
            throw new SuanliException("roles.codeInvalid");
        }
        if (!BUILT_IN.contains(baseRole)) {
            throw new SuanliException("staff.roleInvalid");
        }
        StaffRole r = new StaffRole();
        r.code = c;
        r.nameZh = name(nameZh);
        r.nameEn = nameEn == null || nameEn.isBlank() ? r.nameZh : name(nameEn);
        r.baseRole = baseRole;
        r.kind = "STAFF";
        r.console = Roles.SYS_ADMIN.equals(baseRole) ? "system" : "ops";
        r.createdAt = at;
        r.createdBy = by;
        return r;
    }

    private static String name(String n) {
        String t = n == null ? "" : n.strip();
        if (t.isEmpty() || t.length() > 60) {
            throw new SuanliException("roles.nameInvalid");
        }
        return t;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether an administrator defined it (the built-in roles have no base). */
    public boolean isCustom() {
        return baseRole != null;
    }

    public String baseRole() {
        return baseRole;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
