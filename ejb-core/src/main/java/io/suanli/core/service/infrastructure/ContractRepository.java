package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.ContractStatus;
import io.suanli.core.shared.domain.ContractTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored contracts and their items; also what contracts in force change in quotes ({@link ContractTerms}: the
 * days of a contract are read in the platform time zone).
 */
@ApplicationScoped
public class ContractRepository implements ContractTerms {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    public boolean numberTaken(String contractNo) {
        return em.createQuery("select count(c) from ContractRow c where c.contractNo = :n", Long.class).setParameter("n", contractNo)
                .getSingleResult() > 0;
    }

    public ContractRow find(long id) {
        return em.find(ContractRow.class, id);
    }

    public ContractRow locked(long id) {
        return em.find(ContractRow.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ContractItemRow> items(long contractId) {
        return em.createQuery("select i from ContractItemRow i where i.contractId = :c order by i.specCode, i.billingMode", ContractItemRow.class)
                .setParameter("c", contractId).getResultList();
    }

    public List<ContractFileRow> files(long contractId) {
        return em.createQuery("select f from ContractFileRow f where f.contractId = :c order by f.uploadedAt, f.id", ContractFileRow.class)
                .setParameter("c", contractId).getResultList();
    }

    /** Contracts of a customer (or all), optionally in one status, newest first. */
    public List<ContractRow> list(Long customerId, ContractStatus status, int first, int max) {
        return em.createQuery("select c from ContractRow c where (:c is null or c.customerId = :c) and (:s is null or c.status = :s) "
                        + "order by c.createdAt desc, c.id desc", ContractRow.class).setParameter("c", customerId).setParameter("s", status)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    public long count(Long customerId, ContractStatus status) {
        return em.createQuery("select count(c) from ContractRow c where (:c is null or c.customerId = :c) and (:s is null or c.status = :s)", Long.class)
                .setParameter("c", customerId).setParameter("s", status).getSingleResult();
    }

    /** A customer's contracts that went into force (every state but DRAFT), newest first. */
    public List<ContractRow> signed(long customerId, int first, int max) {
        return em.createQuery("select c from ContractRow c where c.customerId = :c and c.status <> :d order by c.createdAt desc, c.id desc",
                ContractRow.class).setParameter("c", customerId).setParameter("d", ContractStatus.DRAFT)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    public long countSigned(long customerId) {
        return em.createQuery("select count(c) from ContractRow c where c.customerId = :c and c.status <> :d", Long.class)
                .setParameter("c", customerId).setParameter("d", ContractStatus.DRAFT).getSingleResult();
    }

    /** Active contracts whose start day has come but whose credit line is not granted yet, or whose end day has passed. */
    public List<ContractRow> due(LocalDate today, int max) {
        return em.createQuery("select c from ContractRow c where c.status = :a and ((c.creditGranted = false and c.startsOn <= :d) or c.endsOn < :d) "
                + "order by c.id", ContractRow.class).setParameter("a", ContractStatus.ACTIVE).setParameter("d", today).setMaxResults(max).getResultList();
    }

    /** Active contracts ending within {@code days} of {@code today} whose last reminder is not sent yet. */
    public List<ContractRow> ending(LocalDate today, int days, int max) {
        return em.createQuery("select c from ContractRow c where c.status = :a and c.endsOn >= :d and c.endsOn <= :u and c.reminded7At is null "
                        + "order by c.endsOn, c.id", ContractRow.class).setParameter("a", ContractStatus.ACTIVE).setParameter("d", today)
                .setParameter("u", today.plusDays(days)).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<BigDecimal> unitPrice(long customerId, String specCode, String billingMode, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, io.suanli.core.shared.application.PlatformClock.ZONE);
        return em.createQuery("select min(i.unitPrice) from ContractItemRow i, ContractRow c where i.contractId = c.id and c.customerId = :c "
                        + "and c.status = :a and c.startsOn <= :d and c.endsOn >= :d and i.specCode = :s and i.billingMode = :m", BigDecimal.class)
                .setParameter("c", customerId).setParameter("a", ContractStatus.ACTIVE).setParameter("d", day).setParameter("s", specCode)
                .setParameter("m", billingMode).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Set<Long> inForce(long customerId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, io.suanli.core.shared.application.PlatformClock.ZONE);
        return new HashSet<>(em.createQuery("select c.id from ContractRow c where c.customerId = :c and c.status = :a and c.startsOn <= :d "
                        + "and c.endsOn >= :d", Long.class).setParameter("c", customerId).setParameter("a", ContractStatus.ACTIVE)
                .setParameter("d", day).getResultList());
    }
}
