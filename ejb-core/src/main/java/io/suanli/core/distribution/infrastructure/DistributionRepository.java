package io.suanli.core.distribution.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The stored levels, applications, distributors, bindings and commission lines of the distribution center. */
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

    /** The distributor whose customer invite code this is, or null. */
    public DistributorRow byCustomerCode(String code) {
        return code == null ? null : em.createQuery("select d from DistributorRow d where d.customerInviteCode = :c", DistributorRow.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** The customer's current binding, or null. */
    public BindingRow currentBinding(long customerId) {
        return em.createQuery("select b from BindingRow b where b.currentCustomerId = :c", BindingRow.class)
                .setParameter("c", customerId).getResultStream().findFirst().orElse(null);
    }

    /** The customer's bindings, newest first. */
    public List<BindingRow> bindings(long customerId) {
        return em.createQuery("select b from BindingRow b where b.customerId = :c order by b.boundAt desc, b.id desc", BindingRow.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The distributor's current customers, the most recently bound first. */
    public List<BindingRow> boundCustomers(long distributorId, int first, int max) {
        return em.createQuery("select b from BindingRow b where b.distributorId = :d and b.currentCustomerId is not null "
                        + "order by b.boundAt desc, b.id desc", BindingRow.class)
                .setParameter("d", distributorId).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** How many customers are bound to the distributor now. */
    public long boundCount(long distributorId) {
        return em.createQuery("select count(b) from BindingRow b where b.distributorId = :d and b.currentCustomerId is not null", Long.class)
                .setParameter("d", distributorId).getSingleResult();
    }

    public boolean lineExists(String key) {
        return !em.createQuery("select l.id from CommissionLineRow l where l.lineKey = :k", Long.class).setParameter("k", key)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The accrual lines of a customer's consumptions with these references (a refunded group), oldest first. */
    public List<CommissionLineRow> accruals(long customerId, List<String> sourceRefs) {
        return em.createQuery("select l from CommissionLineRow l where l.customerId = :c and l.kind = 'ACCRUAL' and l.sourceRef in :r "
                + "order by l.id", CommissionLineRow.class).setParameter("c", customerId).setParameter("r", sourceRefs).getResultList();
    }

    /** What clawbacks took of an accrual line so far (zero or negative). */
    public java.math.BigDecimal clawedBack(long accrualId) {
        java.math.BigDecimal s = em.createQuery("select sum(l.amount) from CommissionLineRow l where l.accrualId = :a and l.kind = 'CLAWBACK'",
                java.math.BigDecimal.class).setParameter("a", accrualId).getSingleResult();
        return s == null ? java.math.BigDecimal.ZERO : s;
    }

    /** A distributor's lines, newest first, filtered by period range (yyyy-MM, inclusive; null for open) and kind. */
    public List<CommissionLineRow> lines(long distributorId, String fromPeriod, String toPeriod, String kind, Long customerId, int first, int max) {
        var q = em.createQuery("select l from CommissionLineRow l where l.distributorId = :d"
                + (fromPeriod == null ? "" : " and l.period >= :f") + (toPeriod == null ? "" : " and l.period <= :t")
                + (kind == null ? "" : " and l.kind = :k") + (customerId == null ? "" : " and l.customerId = :c")
                + " order by l.createdAt desc, l.id desc", CommissionLineRow.class).setParameter("d", distributorId);
        if (fromPeriod != null) {
            q.setParameter("f", fromPeriod);
        }
        if (toPeriod != null) {
            q.setParameter("t", toPeriod);
        }
        if (kind != null) {
            q.setParameter("k", kind);
        }
        if (customerId != null) {
            q.setParameter("c", customerId);
        }
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100_000)).getResultList();
    }

    /** Per kind, the sum of a distributor's lines of a period. */
    public java.util.Map<String, java.math.BigDecimal> sums(long distributorId, String period) {
        java.util.Map<String, java.math.BigDecimal> out = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select l.kind, sum(l.amount) from CommissionLineRow l where l.distributorId = :d and l.period = :p "
                + "group by l.kind", Object[].class).setParameter("d", distributorId).setParameter("p", period).getResultList()) {
            out.put((String) r[0], (java.math.BigDecimal) r[1]);
        }
        return out;
    }

    /** The tier-1's tier-2 distributors, by approval. */
    public List<DistributorRow> tierTwos(long parentCustomerId) {
        return em.createQuery("select d from DistributorRow d where d.parentCustomerId = :p order by d.approvedAt, d.customerId", DistributorRow.class)
                .setParameter("p", parentCustomerId).getResultList();
    }

    /** Per customer, a distributor's DIRECT lines of a period: {accrued base, net commission}. */
    public java.util.Map<Long, java.math.BigDecimal[]> customerSums(long distributorId, String period, java.util.Collection<Long> customerIds) {
        java.util.Map<Long, java.math.BigDecimal[]> out = new java.util.HashMap<>();
        if (customerIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select l.customerId, sum(case when l.kind = 'ACCRUAL' then l.base else 0 end), sum(l.amount) "
                        + "from CommissionLineRow l where l.distributorId = :d and l.period = :p and l.role = 'DIRECT' and l.customerId in :c "
                        + "group by l.customerId", Object[].class)
                .setParameter("d", distributorId).setParameter("p", period).setParameter("c", customerIds).getResultList()) {
            out.put((Long) r[0], new java.math.BigDecimal[]{(java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2]});
        }
        return out;
    }

    /** The latest binding of the customer made by an assignment, or null. */
    public BindingRow lastAssignment(long customerId) {
        return em.createQuery("select b from BindingRow b where b.customerId = :c and b.source = 'ASSIGNMENT' order by b.boundAt desc, b.id desc",
                BindingRow.class).setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The customer's current binding locked for a change, or null. */
    public BindingRow currentBindingLocked(long customerId) {
        return em.createQuery("select b from BindingRow b where b.currentCustomerId = :c", BindingRow.class)
                .setParameter("c", customerId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    // ---- statements

    /** The distributor's statement of the period, locked for a change, or null. */
    public StatementRow statementLocked(long distributorId, String period) {
        return em.createQuery("select s from StatementRow s where s.distributorId = :d and s.period = :p", StatementRow.class)
                .setParameter("d", distributorId).setParameter("p", period).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    public StatementRow statement(long distributorId, String period) {
        return em.createQuery("select s from StatementRow s where s.distributorId = :d and s.period = :p", StatementRow.class)
                .setParameter("d", distributorId).setParameter("p", period).getResultStream().findFirst().orElse(null);
    }

    /** The distributor's latest statement before the period, or null. */
    public StatementRow statementBefore(long distributorId, String period) {
        return em.createQuery("select s from StatementRow s where s.distributorId = :d and s.period < :p order by s.period desc", StatementRow.class)
                .setParameter("d", distributorId).setParameter("p", period).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Whether the distributor has a statement of a later period. */
    public boolean statementAfter(long distributorId, String period) {
        return !em.createQuery("select s.id from StatementRow s where s.distributorId = :d and s.period > :p", Long.class)
                .setParameter("d", distributorId).setParameter("p", period).setMaxResults(1).getResultList().isEmpty();
    }

    /** The distributor's statements, the latest period first. */
    public List<StatementRow> statements(long distributorId, int first, int max) {
        return em.createQuery("select s from StatementRow s where s.distributorId = :d order by s.period desc", StatementRow.class)
                .setParameter("d", distributorId).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** The distributor's accrual and clawback lines of periods after {@code after} (exclusive, null: all) up to {@code upTo} (inclusive). */
    public List<CommissionLineRow> earnings(long distributorId, String after, String upTo) {
        var q = em.createQuery("select l from CommissionLineRow l where l.distributorId = :d and l.kind <> 'PAYOUT' and l.period <= :u"
                        + (after == null ? "" : " and l.period > :a") + " order by l.id", CommissionLineRow.class)
                .setParameter("d", distributorId).setParameter("u", upTo);
        if (after != null) {
            q.setParameter("a", after);
        }
        return q.getResultList();
    }

    /** The distributors of one partition (customer id modulo the partitions) approved before {@code before}, after a checkpoint. */
    public List<Long> distributorsForRun(java.time.Instant before, int partitions, int partition, long after) {
        return em.createQuery("select d.customerId from DistributorRow d where d.approvedAt < :b and d.customerId > :a "
                        + "and mod(d.customerId, :n) = :i order by d.customerId", Long.class)
                .setParameter("b", before).setParameter("a", after).setParameter("n", (long) partitions).setParameter("i", (long) partition)
                .getResultList();
    }

    /** Per distributor, its lines of a period: {accrued base of its DIRECT accruals, net amount of all its lines but payouts}. */
    public java.util.Map<Long, java.math.BigDecimal[]> monthFigures(String period, java.util.Collection<Long> distributorIds) {
        java.util.Map<Long, java.math.BigDecimal[]> out = new java.util.HashMap<>();
        if (distributorIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select l.distributorId, sum(case when l.kind = 'ACCRUAL' and l.role = 'DIRECT' then l.base else 0 end), "
                        + "sum(case when l.kind <> 'PAYOUT' then l.amount else 0 end) from CommissionLineRow l where l.period = :p "
                        + "and l.distributorId in :d group by l.distributorId", Object[].class)
                .setParameter("p", period).setParameter("d", distributorIds).getResultList()) {
            out.put((Long) r[0], new java.math.BigDecimal[]{(java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2]});
        }
        return out;
    }

    /** Per distributor, how many customers are bound to it now. */
    public java.util.Map<Long, Long> boundCounts(java.util.Collection<Long> distributorIds) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (distributorIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select b.distributorId, count(b) from BindingRow b where b.currentCustomerId is not null "
                + "and b.distributorId in :d group by b.distributorId", Object[].class).setParameter("d", distributorIds).getResultList()) {
            out.put((Long) r[0], (Long) r[1]);
        }
        return out;
    }

    /** Every distributor, tier 1 first, by approval (the ops hierarchy), at most {@code max}. */
    public List<DistributorRow> allDistributors(int max) {
        return em.createQuery("select d from DistributorRow d order by d.tier, d.approvedAt, d.customerId", DistributorRow.class)
                .setMaxResults(max).getResultList();
    }

    public long countLines(long distributorId, String fromPeriod, String toPeriod, String kind) {
        var q = em.createQuery("select count(l) from CommissionLineRow l where l.distributorId = :d"
                + (fromPeriod == null ? "" : " and l.period >= :f") + (toPeriod == null ? "" : " and l.period <= :t")
                + (kind == null ? "" : " and l.kind = :k"), Long.class).setParameter("d", distributorId);
        if (fromPeriod != null) {
            q.setParameter("f", fromPeriod);
        }
        if (toPeriod != null) {
            q.setParameter("t", toPeriod);
        }
        if (kind != null) {
            q.setParameter("k", kind);
        }
        return q.getSingleResult();
    }

    /** Per month from {@code fromPeriod} on: {consumption (DIRECT accrual bases), accrued, clawed back, paid out}, by period. */
    public java.util.Map<String, java.math.BigDecimal[]> monthlyTotals(String fromPeriod) {
        java.util.Map<String, java.math.BigDecimal[]> out = new java.util.TreeMap<>();
        for (Object[] r : em.createQuery("select l.period, sum(case when l.kind = 'ACCRUAL' and l.role = 'DIRECT' then l.base else 0 end), "
                        + "sum(case when l.kind = 'ACCRUAL' then l.amount else 0 end), sum(case when l.kind = 'CLAWBACK' then l.amount else 0 end), "
                        + "sum(case when l.kind = 'PAYOUT' then l.amount else 0 end) from CommissionLineRow l where l.period >= :f group by l.period",
                Object[].class).setParameter("f", fromPeriod).getResultList()) {
            out.put((String) r[0], new java.math.BigDecimal[]{(java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2], (java.math.BigDecimal) r[3],
                    (java.math.BigDecimal) r[4]});
        }
        return out;
    }
}
