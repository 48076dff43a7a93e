package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.RoleGrant;
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
 * Roles and their permissions at menu and action level (S1). The staff roles are fixed; which console functions
 * each may use is configured here and applies to the next service call and page, without restart.
 */
@Stateless
public class RoleService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Inject
    PlatformClock clock;

    /** The matrix: every function, with the roles that can hold it. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    public List<FunctionGrants> matrix() {
        Map<String, Map<String, Boolean>> configured = configured(StaffService.STAFF_ROLES);
        return Arrays.stream(StaffFunction.values()).map(f -> {
            Map<String, Boolean> granted = new LinkedHashMap<>();
            Map<String, Boolean> defaults = new LinkedHashMap<>();
            for (String role : StaffService.STAFF_ROLES) {
                if (f.grantableTo(role)) {
                    granted.put(role, configured.getOrDefault(role, Map.of()).getOrDefault(f.code(), f.grantedByDefault(role)));
                    defaults.put(role, f.grantedByDefault(role));
                }
            }
            return new FunctionGrants(f.code(), f.area(), f.menu(), f.action(), granted, defaults);
        }).toList();
    }

    /**
     * Sets what a role may do: exactly the given functions among those it can hold. A system administrator always
     * keeps the right to manage roles, so nobody can lock the platform out of this page.
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
    @Audited("ROLE_GRANTS_UPDATE")
    public void setGrants(String role, Collection<String> functionCodes) {
        if (role == null || !StaffService.STAFF_ROLES.contains(role)) {
            throw new SuanliException("staff.roleInvalid");
        }
        Set<String> wanted = new TreeSet<>(functionCodes == null ? List.of() : functionCodes);
        for (String code : wanted) {
            StaffFunction f = StaffFunction.ofCode(code).orElseThrow(() -> new SuanliException("roles.functionUnknown", code));
            if (!f.grantableTo(role)) {
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
            if (!f.grantableTo(role)) {
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
        List<String> roles = StaffService.STAFF_ROLES.stream().filter(ctx::isCallerInRole).toList();
        Map<String, Map<String, Boolean>> configured = configured(roles);
        return Arrays.stream(StaffFunction.values())
                .filter(f -> roles.stream().filter(f::grantableTo)
                        .anyMatch(r -> configured.getOrDefault(r, Map.of()).getOrDefault(f.code(), f.grantedByDefault(r))))
                .map(StaffFunction::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, Map<String, Boolean>> configured(List<String> roles) {
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
