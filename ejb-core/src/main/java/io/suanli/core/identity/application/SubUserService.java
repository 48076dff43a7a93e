package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.PasswordPolicy;
import io.suanli.core.identity.domain.Permission;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.infrastructure.SubUserQuotaUsage;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.QuotaGate;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sub-users (U2): the users of a customer with the MANAGE_SUBUSERS permission create sub-users, set their
 * permissions, disable and enable them — only within their own customer, and no more than the user-class quota
 * ({@code USER_SUBUSERS}, from the quota context) allows.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class SubUserService {


    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    PermissionGuard guard;

    @Inject
    QuotaGate quotas;

    @Inject
    SecurityPolicyService policies;

    @Inject
    PasswordPolicy.CommonPasswords commonPasswords;

    public List<SubUserView> list() {
        UserAccount me = guard.require(Permission.MANAGE_SUBUSERS);
        return em.createQuery("select u from UserAccount u where u.customerId = :c order by u.createdAt, u.id", UserAccount.class)
                .setParameter("c", me.customerId()).getResultList().stream().map(SubUserService::view).toList();
    }

    /** How many sub-users the caller's customer may have. */
    public int quota() {
        return quotas.limit(guard.require(Permission.MANAGE_SUBUSERS).customerId(), SubUserQuotaUsage.QUOTA);
    }

    @Audited("SUBUSER_CREATE")
    public SubUserView create(String username, String displayName, char[] password, Set<Permission> permissions) {
        UserAccount me = guard.require(Permission.MANAGE_SUBUSERS);
        String name = UserAccount.checkUsername(username);
        String display = displayName == null || displayName.isBlank() ? name : displayName.trim();
        if (display.length() > 100) {
            throw new SuanliException("validation.tooLong", "displayName", 100);
        }
        if (!quotas.may(me.customerId(), SubUserQuotaUsage.QUOTA, 1)) {
            throw new SuanliException("subuser.quotaReached", quotas.limit(me.customerId(), SubUserQuotaUsage.QUOTA));
        }
        if (em.createQuery("select count(u) from UserAccount u where lower(u.username) = :n", Long.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getSingleResult() > 0) {
            throw new SuanliException("registration.usernameTaken");
        }
        SecurityPolicy p = policies.current();
        new PasswordPolicy(p.passwordMinLength(), p.passwordMinClasses(), commonPasswords).check(name, password);
        UserAccount u = UserAccount.subUser(Ids.next(), name, PasswordHasher.hash(password), display, me.customerId(),
                permissions == null ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(withNone(permissions)), time.now());
        em.persist(u);
        return view(u);
    }

    @Audited("SUBUSER_PERMISSIONS")
    public SubUserView setPermissions(long userId, Set<Permission> permissions) {
        UserAccount u = mine(userId);
        u.grant(withNone(permissions));
        return view(u);
    }

    @Audited("SUBUSER_DISABLE")
    public SubUserView disable(long userId) {
        UserAccount u = mine(userId);
        u.disable();
        return view(u);
    }

    @Audited("SUBUSER_ENABLE")
    public SubUserView enable(long userId) {
        UserAccount u = mine(userId);
        u.enable();
        return view(u);
    }

    /** A sub-user of the caller's own customer; another customer's users (and the administrator) are "not found". */
    private UserAccount mine(long userId) {
        UserAccount me = guard.require(Permission.MANAGE_SUBUSERS);
        UserAccount u = em.find(UserAccount.class, userId);
        if (u == null || u.customerId() == null || !u.customerId().equals(me.customerId()) || u.isCustomerAdmin()) {
            throw new NotFoundException("request.notFound");
        }
        return u;
    }

    private static Set<Permission> withNone(Set<Permission> p) {
        return p == null || p.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(p);
    }

    static SubUserView view(UserAccount u) {
        return new SubUserView(u.id(), u.username(), u.displayName(), u.isCustomerAdmin(), u.status().name(),
                u.permissions().stream().map(Enum::name).sorted().toList(), u.createdAt(), u.status().actions());
    }
}
