package io.suanli.core.distribution.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The stored levels of the distribution center. */
@ApplicationScoped
public class DistributionRepository {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public LevelRow level(String code) {
        return code == null ? null : em.find(LevelRow.class, code);
    }

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    public DistributorRow distributor(long customerId) {
        return em.find(DistributorRow.class, customerId);
    }

    /** The tier-1 distributor whose distributor invite code this is, or null. */
    public DistributorRow byDistributorCode(String code) {
        return code == null ? null : em.createQuery("select d from DistributorRow d where d.distributorInviteCode = :c", DistributorRow.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** The customer's pending application, locked, or null. */
    public ApplicationRow pending(long customerId) {
        return em.createQuery("select a from ApplicationRow a where a.customerId = :c and a.status = :s", ApplicationRow.class)
                .setParameter("c", customerId).setParameter("s", "PENDING")
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    /** The customer's latest application, or null. */
    public ApplicationRow latest(long customerId) {
        return em.createQuery("select a from ApplicationRow a where a.customerId = :c order by a.createdAt desc, a.id desc", ApplicationRow.class)
                .setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Applications in a status, oldest first (the review queue). */
    public List<ApplicationRow> applications(String status, int first, int max) {
        return em.createQuery("select a from ApplicationRow a where a.status = :s order by a.createdAt, a.id", ApplicationRow.class)
                .setParameter("s", status).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** How many tier-2s a tier-1 has. */
    public long subDistributors(long parentCustomerId) {
        return em.createQuery("select count(d) from DistributorRow d where d.parentCustomerId = :p", Long.class)
                .setParameter("p", parentCustomerId).getSingleResult();
    }

    /** Tier 1 first, then by code. */
    public List<LevelRow> levels() {
        return em.createQuery("select l from LevelRow l order by l.tier, l.code", LevelRow.class).getResultList();
    }
}
