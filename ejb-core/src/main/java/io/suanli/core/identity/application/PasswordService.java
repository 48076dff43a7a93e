package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.PasswordPolicy;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/** Changing one's own password under the password policy (length, classes, blacklist, not the username). */
@Stateless
@NoFunction("the caller's own password")
public class PasswordService {

    @Resource
    SessionContext ctx;

    @Inject
    RealTime time;

    @Inject
    UserRepository users;

    @Inject
    SecurityPolicyService policies;

    @Inject
    PasswordPolicy.CommonPasswords commonPasswords;

    @Inject
    LoginFailures failures;

    /**
     * Changes the caller's password. Every other login of the user ends at once (browser sessions other than
     * {@code keepLogin}, the token of the caller's own login cookie, and every API token issued before). A wrong
     * current password counts towards the lockout like a failed login, in a transaction that survives the refusal.
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @Audited("PASSWORD_CHANGE")
    public void changeOwn(char[] current, char[] next, char[] repeated, String keepLogin) {
        UserAccount u = users.findByUsername(ctx.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("auth.unknownUser"));
        if (current == null || !PasswordHasher.verify(current, u.passwordHash())) {
            SecurityPolicy p = policies.current();
            failures.record(u.id(), time.now(), p.lockoutThreshold(), p.lockoutMinutes());
            throw new SuanliException("password.wrongCurrent");
        }
        if (next == null || repeated == null || !java.util.Arrays.equals(next, repeated)) {
            throw new SuanliException("password.mismatch");
        }
        if (java.util.Arrays.equals(current, next)) {
            throw new SuanliException("password.same");
        }
        policy().check(u.username(), next);
        Instant now = time.now();
        u.changePassword(PasswordHasher.hash(next), now);
        users.useUpResetCodes(PasswordResetService.target(u), now); // a link or code asked for the old password is dead
        String kept = keepLogin == null ? null : LoginSessions.sha256(keepLogin);
        for (LoginSession s : users.unendedSessions(u.id())) {
            if (!s.tokenHash().equals(kept)) {
                s.end(now);
            }
        }
    }

    /** The password rules in force, for forms that explain them. */
    @RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    public SecurityPolicy rules() {
        return policies.current();
    }

    private PasswordPolicy policy() {
        SecurityPolicy p = policies.current();
        return new PasswordPolicy(p.passwordMinLength(), p.passwordMinClasses(), commonPasswords);
    }
}
