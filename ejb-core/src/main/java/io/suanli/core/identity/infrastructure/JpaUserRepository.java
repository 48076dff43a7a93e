package io.suanli.core.identity.infrastructure;

import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.RecoveryCode;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByMobileIndex(String mobileIdx) {
        return em.createQuery("select u from UserAccount u where u.mobileIdx = :m", UserAccount.class)
                .setParameter("m", mobileIdx).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public java.util.Set<String> securityRoles(UserAccount user) {
        java.util.Set<String> roles = new java.util.TreeSet<>(user.roles());
        List<String> custom = roles.stream().filter(r -> !io.suanli.core.shared.domain.Roles.ALL.contains(r)).toList();
        if (!custom.isEmpty()) {
            roles.addAll(em.createQuery("select r.baseRole from StaffRole r where r.code in :c and r.baseRole is not null", String.class)
                    .setParameter("c", custom).getResultList());
        }
        return roles;
    }

    @Override
    public void useUpResetCodes(String targetIdx, Instant at) {
        em.createQuery("update VerificationCode v set v.usedAt = :at where v.targetIdx = :i and v.usedAt is null and v.purpose in :p")
                .setParameter("at", at).setParameter("i", targetIdx)
                .setParameter("p", List.of(io.suanli.core.identity.domain.VerificationCode.Purpose.RESET_SMS.name(),
                        io.suanli.core.identity.domain.VerificationCode.Purpose.RESET_EMAIL.name()))
                .executeUpdate();
    }

    @Override
    public void add(LoginSession session) {
        em.persist(session);
    }

    @Override
    public Optional<String> customerType(Long customerId) {
        return customerId == null ? Optional.empty()
                : Optional.ofNullable(em.find(io.suanli.core.identity.domain.Customer.class, customerId)).map(c -> c.type().name());
    }

    @Override
    public void add(RecoveryCode code) {
        em.persist(code);
    }

    @Override
    public List<RecoveryCode> unusedRecoveryCodes(long userId) {
        return em.createQuery("select r from RecoveryCode r where r.userId = :u and r.usedAt is null", RecoveryCode.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public void deleteRecoveryCodes(long userId) {
        em.createQuery("delete from RecoveryCode r where r.userId = :u").setParameter("u", userId).executeUpdate();
    }

    @Override
    public List<LoginSession> activeSessions(long userId, Instant now) {
        return em.createQuery("select s from LoginSession s where s.userId = :u and s.endedAt is null "
                        + "and s.mfaPending = false and s.expiresAt > :now order by s.createdAt, s.id", LoginSession.class)
                .setParameter("u", userId).setParameter("now", now).getResultList();
    }

    @Override
    public List<LoginSession> unendedSessions(long userId) {
        return em.createQuery("select s from LoginSession s where s.userId = :u and s.endedAt is null", LoginSession.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public Optional<LoginSession> findSessionByTokenHash(String tokenHash) {
        return em.createQuery("select s from LoginSession s where s.tokenHash = :h", LoginSession.class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst();
    }
}
