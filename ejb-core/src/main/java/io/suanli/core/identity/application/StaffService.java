package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.Department;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.PasswordPolicy;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operator's organization and staff (S1): a tree of departments; staff users with one staff role each (built-in
 * or custom),
 * created, moved, disabled and enabled by system administrators, who can also reset a lost second factor.
 */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class StaffService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Inject
    RealTime time;

    @Inject
    SecurityPolicyService policies;

    @Inject
    PasswordPolicy.CommonPasswords commonPasswords;

    @RequiresFunction(StaffFunction.SYSTEM_ORG_VIEW)
    public List<DepartmentView> departments() {
        Map<Long, Long> counts = em.createQuery("select u.departmentId, count(u) from UserAccount u where u.departmentId is not null "
                        + "group by u.departmentId", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return em.createQuery("select d from Department d order by d.name", Department.class).getResultList().stream()
                .map(d -> new DepartmentView(d.id(), d.parentId(), d.name(), counts.getOrDefault(d.id(), 0L))).toList();
    }

    @Audited("DEPARTMENT_CREATE")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public DepartmentView createDepartment(Long parentId, String name) {
        String n = Validation.requiredText(name, 100, "department");
        if (parentId != null && em.find(Department.class, parentId) == null) {
            throw new NotFoundException("request.notFound");
        }
        Department d = new Department(Ids.next(), parentId, n, time.now());
        em.persist(d);
        return new DepartmentView(d.id(), parentId, n, 0);
    }

    @Audited("DEPARTMENT_RENAME")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public void renameDepartment(long id, String name) {
        Department d = em.find(Department.class, id);
        if (d == null) {
            throw new NotFoundException("request.notFound");
        }
        d.rename(Validation.requiredText(name, 100, "department"));
    }

    /** Staff of a department (all staff when {@code departmentId} is null). */
    @RequiresFunction(StaffFunction.SYSTEM_ORG_VIEW)
    public List<StaffView> staff(Long departmentId) {
        Map<Long, String> names = em.createQuery("select d from Department d", Department.class).getResultList().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        return em.createQuery("select u from UserAccount u where u.kind = :k order by u.username", UserAccount.class)
                .setParameter("k", UserAccount.Kind.STAFF)
                .getResultList().stream()
                .filter(u -> departmentId == null || departmentId.equals(u.departmentId()))
                .map(u -> view(u, names)).toList();
    }

    @Audited("STAFF_CREATE")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public StaffView createStaff(String username, String displayName, String role, Long departmentId, char[] password) {
        String name = UserAccount.checkUsername(username);
        io.suanli.core.identity.domain.StaffRole custom = role == null ? null : em.find(io.suanli.core.identity.domain.StaffRole.class, role);
        if (role == null || !(io.suanli.core.identity.domain.StaffRole.BUILT_IN.contains(role) || custom != null && custom.isCustom())) {
            throw new SuanliException("staff.roleInvalid");
        }
        if (departmentId != null && em.find(Department.class, departmentId) == null) {
            throw new NotFoundException("request.notFound");
        }
        if (em.createQuery("select count(u) from UserAccount u where lower(u.username) = :n", Long.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getSingleResult() > 0) {
            throw new SuanliException("registration.usernameTaken");
        }
        SecurityPolicy p = policies.current();
        new PasswordPolicy(p.passwordMinLength(), p.passwordMinClasses(), commonPasswords).check(name, password);
        String display = displayName == null || displayName.isBlank() ? name : displayName.trim();
        UserAccount u = UserAccount.staff(Ids.next(), name, PasswordHasher.hash(password), display.length() > 100 ? display.substring(0, 100) : display,
                role, departmentId, time.now());
        em.persist(u);
        return view(u, Map.of());
    }

    @Audited("STAFF_DISABLE")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public void disable(long userId) {
        UserAccount u = staffMember(userId);
        if (u.username().equals(ctx.getCallerPrincipal().getName())) {
            throw new SuanliException("staff.notYourself");
        }
        u.disable();
    }

    @Audited("STAFF_ENABLE")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public void enable(long userId) {
        staffMember(userId).enable();
    }

    @Audited("STAFF_MOVE")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public void move(long userId, Long departmentId) {
        if (departmentId != null && em.find(Department.class, departmentId) == null) {
            throw new NotFoundException("request.notFound");
        }
        staffMember(userId).moveTo(departmentId);
    }

    @Audited("STAFF_RESET_SECOND_FACTOR")
    @RequiresFunction(StaffFunction.SYSTEM_ORG_MANAGE)
    public void resetSecondFactor(long userId) {
        staffMember(userId).resetSecondFactor();
        em.createQuery("delete from RecoveryCode r where r.userId = :u").setParameter("u", userId).executeUpdate();
    }

    private UserAccount staffMember(long userId) {
        UserAccount u = em.find(UserAccount.class, userId);
        if (u == null || !u.isStaff()) {
            throw new NotFoundException("request.notFound");
        }
        return u;
    }


    private static StaffView view(UserAccount u, Map<Long, String> departments) {
        return new StaffView(u.id(), u.username(), u.displayName(), u.roles().stream().sorted().toList(), u.departmentId(),
                u.departmentId() == null ? null : departments.get(u.departmentId()), u.status().name(), u.totpEnabled(), null,
                u.status().actions());
    }
}
