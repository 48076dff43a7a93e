package io.suanli.core.identity.infrastructure;

import io.suanli.core.identity.domain.RoleGrant;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.StaffGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/** Grants from {@code role_grant}, read on every check so a change applies to the next call. */
@ApplicationScoped
public class JpaStaffGrants implements StaffGrants {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public boolean granted(Set<String> roles, StaffFunction function) {
        if (roles.isEmpty()) {
            return false;
        }
        List<RoleGrant> configured = em.createQuery("select g from RoleGrant g where g.functionCode = :f and g.roleCode in :r", RoleGrant.class)
                .setParameter("f", function.code()).setParameter("r", roles).getResultList();
        return roles.stream().filter(function::grantableTo).anyMatch(role -> configured.stream()
                .filter(g -> g.roleCode().equals(role)).findFirst()
                .map(RoleGrant::granted)
                .orElse(function.grantedByDefault(role)));
    }
}
