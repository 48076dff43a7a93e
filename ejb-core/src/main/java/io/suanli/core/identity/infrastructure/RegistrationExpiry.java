package io.suanli.core.identity.infrastructure;

import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Every night: registrations whose e-mail address was not verified within the registration validity (security
 * settings) expire — the account can no longer log in. Each expiry is audited.
 */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class RegistrationExpiry {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    SecurityPolicyService policies;

    @Inject
    AuditSink audit;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "expire unverified registrations")
    public int expire() {
        int days = policies.current().registrationValidityDays();
        Instant now = time.now();
        int expired = 0;
        for (UserAccount u : em.createQuery("select u from UserAccount u where u.kind = :k and u.emailEnc is not null "
                + "and u.emailVerifiedAt is null and u.status = :s and u.createdAt < :t", UserAccount.class)
                .setParameter("k", UserAccount.Kind.CUSTOMER).setParameter("s", UserAccount.Status.ACTIVE).setParameter("t", now.minusSeconds(86_400L * days)).getResultList()) {
            if (u.expireUnverifiedRegistration(now, days)) {
                expired++;
                audit.write(new AuditRecord(now, "system", "", "REGISTRATION_EXPIRED", u.username(), "e-mail not verified in "
                        + days + " days", "-", "-", "OK"));
            }
        }
        return expired;
    }
}
