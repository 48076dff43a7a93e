package io.suanli.core.identity.infrastructure;

import io.suanli.core.identity.domain.RoleGrant;
import io.suanli.core.identity.domain.StaffRole;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.domain.StaffGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The grants of a staff member's assigned roles (built-in and custom), read from the database at every call. */
@ApplicationScoped
public class JpaStaffGrants implements StaffGrants {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public Set<String> functions(String username) {
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :n", UserAccount.class)
                .setParameter("n", username).getResultList();
        if (found.isEmpty() || !found.get(0).isStaff()) {
            return Set.of();
        }
        Map<String, String> reach = new HashMap<>();
        for (String role : found.get(0).roles()) {
            if (StaffRole.BUILT_IN.contains(role)) {
                reach.put(role, role);
            }
        }
        List<String> custom = found.get(0).roles().stream().filter(r -> !reach.containsKey(r)).toList();
        if (!custom.isEmpty()) {
            em.createQuery("select r from StaffRole r where r.code in :c and r.baseRole is not null", StaffRole.class).setParameter("c", custom)
                    .getResultList().forEach(r -> reach.put(r.code(), r.baseRole()));
        }
        if (reach.isEmpty()) {
            return Set.of();
        }
        Map<String, Map<String, Boolean>> configured = new HashMap<>();
        for (RoleGrant g : em.createQuery("select g from RoleGrant g where g.roleCode in :r", RoleGrant.class)
                .setParameter("r", reach.keySet()).getResultList()) {
            configured.computeIfAbsent(g.roleCode(), k -> new HashMap<>()).put(g.functionCode(), g.granted());
        }
        return StaffGrants.held(reach, configured);
    }
}
