package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.RoleGrant;
import io.suanli.core.identity.domain.StaffRole;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.StaffGrants;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Roles and their permissions at menu and action level (S1). The built-in staff roles are fixed; a system
 * administrator may define custom staff roles on top of them (each based on a built-in role, whose console it opens)
 * and decide which console functions every role may use; a change applies to the next service call and page,
 * without restart.
 */
@Stateless
public class RoleService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Inject
    PlatformClock clock;

    @Inject
    StaffGrants grants;

    /** The staff roles, built-in first, then the custom ones in the order they were defined. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ORG_VIEW)
    public List<StaffRoleView> roles() {
        Map<String, Long> members = new HashMap<>();
        for (Object[] r : em.createQuery("select r, count(u) from UserAccount u join u.roles r where u.kind = :k group by r", Object[].class)
                .setParameter("k", UserAccount.Kind.STAFF).getResultList()) {
            members.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<StaffRoleView> out = new ArrayList<>();
        for (String role : StaffRole.BUILT_IN) {
            out.add(new StaffRoleView(role, null, null, role, true, members.getOrDefault(role, 0L)));
        }
        for (StaffRole r : custom()) {
            out.add(new StaffRoleView(r.code(), r.nameZh(), r.nameEn(), r.baseRole(), false, members.getOrDefault(r.code(), 0L)));
        }
        return out;
    }

    /** Defines a custom staff role; it may use nothing until functions are granted to it. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    @Audited("ROLE_CREATE")
    public StaffRoleView createRole(String code, String nameZh, String nameEn, String baseRole) {
        StaffRole r = StaffRole.define(code, nameZh, nameEn, baseRole, clock.now(), ctx.getCallerPrincipal().getName());
        if (em.find(StaffRole.class, r.code()) != null) {
            throw new ConflictException("roles.codeTaken", r.code());
        }
        em.persist(r);
        return new StaffRoleView(r.code(), r.nameZh(), r.nameEn(), r.baseRole(), false, 0);
    }

    /** Removes a custom role that nobody holds any more, with its grants. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    @Audited("ROLE_DELETE")
    public void deleteRole(String code) {
        StaffRole r = code == null ? null : em.find(StaffRole.class, code);
        if (r == null || !r.isCustom()) {
            throw new NotFoundException("roles.notFound", String.valueOf(code));
        }
        long members = em.createQuery("select count(u) from UserAccount u join u.roles x where x = :c", Long.class)
                .setParameter("c", r.code()).getSingleResult();
        if (members > 0) {
            throw new ConflictException("roles.inUse", r.code(), members);
        }
        em.createQuery("delete from RoleGrant g where g.roleCode = :c").setParameter("c", r.code()).executeUpdate();
        em.remove(r);
    }

    /** The matrix: every function, with the roles that can hold it (any operations function for any operations role). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    public List<FunctionGrants> matrix() {
        Map<String, String> reach = reach();
        Map<String, Map<String, Boolean>> configured = configured(reach.keySet());
        return Arrays.stream(StaffFunction.values()).map(f -> {
            Map<String, Boolean> granted = new LinkedHashMap<>();
            Map<String, Boolean> defaults = new LinkedHashMap<>();
            reach.forEach((role, base) -> {
                if (f.grantableTo(base)) {
                    boolean byDefault = role.equals(base) && f.grantedByDefault(role);
                    granted.put(role, configured.getOrDefault(role, Map.of()).getOrDefault(f.code(), byDefault));
                    defaults.put(role, byDefault);
                }
            });
            return new FunctionGrants(f.code(), f.area(), f.menu(), f.action(), granted, defaults);
        }).toList();
    }

    /**
     * Sets what a role may do: exactly the given functions among those its base can reach. A system administrator
     * always keeps the right to manage roles, so nobody can lock the platform out of this page.
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    @Audited("ROLE_GRANTS_UPDATE")
    public void setGrants(String role, Collection<String> functionCodes) {
        String base = role == null ? null : reach().get(role);
        if (base == null) {
            throw new SuanliException("staff.roleInvalid");
        }
        Set<String> wanted = new TreeSet<>(functionCodes == null ? List.of() : functionCodes);
        for (String code : wanted) {
            StaffFunction f = StaffFunction.ofCode(code).orElseThrow(() -> new SuanliException("roles.functionUnknown", code));
            if (!f.grantableTo(base)) {
                throw new SuanliException("roles.functionNotForRole", code, role);
            }
        }
        if (Roles.SYS_ADMIN.equals(role) && !wanted.contains(StaffFunction.SYSTEM_ROLES_MANAGE.code())) {
            throw new SuanliException("roles.lockout");
        }
        String by = ctx.getCallerPrincipal().getName();
        Map<String, RoleGrant> existing = em.createQuery("select g from RoleGrant g where g.roleCode = :r", RoleGrant.class)
                .setParameter("r", role).getResultList().stream().collect(Collectors.toMap(RoleGrant::functionCode, g -> g));
        for (StaffFunction f : StaffFunction.values()) {
            if (!f.grantableTo(base)) {
                continue;
            }
            boolean granted = wanted.contains(f.code());
            RoleGrant g = existing.get(f.code());
            if (g == null) {
                em.persist(new RoleGrant(role, f.code(), granted, clock.now(), by));
            } else if (g.granted() != granted) {
                g.set(granted, clock.now(), by);
            }
        }
    }

    /** The function codes the caller may use, for menus and buttons (the services check again). */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN, Roles.CUSTOMER})
    @NoFunction("the caller's own grants, which draw the menus")
    public Set<String> myFunctions() {
        return grants.functions(ctx.getCallerPrincipal().getName());
    }

    /** The names of the custom roles in a language (English, else Chinese), for labels: code → name. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @NoFunction("names for labels, which every staff member sees on their own roles")
    public Map<String, String> customRoleNames(java.util.Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return custom().stream().collect(Collectors.toMap(StaffRole::code, r -> english ? r.nameEn() : r.nameZh()));
    }

    /** Every staff role with the built-in role it reaches as far as (itself for a built-in one). */
    private Map<String, String> reach() {
        Map<String, String> reach = new LinkedHashMap<>();
        StaffRole.BUILT_IN.forEach(r -> reach.put(r, r));
        custom().forEach(r -> reach.put(r.code(), r.baseRole()));
        return reach;
    }

    private List<StaffRole> custom() {
        return em.createQuery("select r from StaffRole r where r.baseRole is not null order by r.createdAt, r.code", StaffRole.class).getResultList();
    }

    private Map<String, Map<String, Boolean>> configured(Collection<String> roles) {
        Map<String, Map<String, Boolean>> out = new HashMap<>();
        if (roles.isEmpty()) {
            return out;
        }
        for (RoleGrant g : em.createQuery("select g from RoleGrant g where g.roleCode in :r", RoleGrant.class)
                .setParameter("r", roles).getResultList()) {
            out.computeIfAbsent(g.roleCode(), k -> new HashMap<>()).put(g.functionCode(), g.granted());
        }
        return out;
    }
}
