package io.suanli.core.marketing.infrastructure;

import io.suanli.core.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored batches, their grants and what orders took of them. */
@ApplicationScoped
public class GrantRepository {

    /** Locking reads go to the database, never to a cached copy. */
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
    }

    public void flush() {
        em.flush();
    }

    public BatchRow batch(long id) {
        BatchRow b = em.find(BatchRow.class, id);
        if (b == null) {
            throw new NotFoundException("marketing.batchNotFound", String.valueOf(id));
        }
        return b;
    }

    /** The batch, locked: grants of one batch are counted one transaction at a time. */
    public BatchRow lockBatch(long id) {
        batch(id);
        return em.find(BatchRow.class, id, LockModeType.PESSIMISTIC_WRITE, Map.of(REFRESH, true));
    }

    public Map<Long, BatchRow> batches(Collection<Long> ids) {
        Map<Long, BatchRow> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select b from BatchRow b where b.id in :ids", BatchRow.class).setParameter("ids", ids).getResultList()
                    .forEach(b -> out.put(b.id(), b));
        }
        return out;
    }

    /** The batches granting themselves on the event, valid at {@code at} and not granted out, oldest first. */
    public List<BatchRow> autoGranting(String event, Instant at) {
        return em.createQuery("select b from BatchRow b where b.autoGrantOn = :e and b.validFrom <= :at and b.validTo > :at"
                + " and b.granted < b.quantity order by b.createdAt, b.id", BatchRow.class)
                .setParameter("e", event).setParameter("at", at).setMaxResults(100).getResultList();
    }

    /** The items of an activity pack, in the order of their batches' ids (the order their rows are locked in). */
    public List<PackItemRow> items(long packId) {
        return em.createQuery("select i from PackItemRow i where i.packId = :p order by i.itemBatchId", PackItemRow.class)
                .setParameter("p", packId).getResultList();
    }

    /** The items of these packs. */
    public Map<Long, List<PackItemRow>> items(Collection<Long> packIds) {
        Map<Long, List<PackItemRow>> out = new HashMap<>();
        if (!packIds.isEmpty()) {
            em.createQuery("select i from PackItemRow i where i.packId in :p order by i.itemBatchId", PackItemRow.class)
                    .setParameter("p", packIds).getResultList().forEach(i -> out.computeIfAbsent(i.packId(), k -> new java.util.ArrayList<>()).add(i));
        }
        return out;
    }

    /** Newest first. */
    public List<BatchRow> page(int first, int max) {
        return em.createQuery("select b from BatchRow b order by b.createdAt desc, b.id desc", BatchRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    public long count() {
        return em.createQuery("select count(b) from BatchRow b", Long.class).getSingleResult();
    }

    /** How many grants of the batch each of these customers holds. */
    public Map<Long, Long> held(long batchId, Collection<Long> customerIds) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : em.createQuery("select g.customerId, count(g) from GrantRow g where g.batchId = :b and g.customerId in :c"
                + " group by g.customerId", Object[].class).setParameter("b", batchId).setParameter("c", customerIds).getResultList()) {
            out.put((Long) r[0], (Long) r[1]);
        }
        return out;
    }

    /** A grant of the customer; another customer's is not found, so its existence is not given away. */
    public GrantRow grant(long id, long customerId, boolean lock) {
        GrantRow g = lock ? em.find(GrantRow.class, id, LockModeType.PESSIMISTIC_WRITE, Map.of(REFRESH, true)) : em.find(GrantRow.class, id);
        if (g == null || g.customerId() != customerId) {
            throw new NotFoundException("marketing.couponNotFound", String.valueOf(id));
        }
        return g;
    }

    public GrantRow lockGrant(long id) {
        return em.find(GrantRow.class, id, LockModeType.PESSIMISTIC_WRITE, Map.of(REFRESH, true));
    }

    /** The customer's grants, newest first. */
    public List<GrantRow> grantsOf(long customerId, int max) {
        return em.createQuery("select g from GrantRow g where g.customerId = :c order by g.grantedAt desc, g.id desc", GrantRow.class)
                .setParameter("c", customerId).setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    /**
     * The customer's deduction cash coupons with balance left whose batch allows pay-as-you-go hours, locked in id order
     * (two charges of one customer wait for each other, never deadlock).
     */
    public List<GrantRow> lockPaygCashCoupons(long customerId) {
        return em.createQuery("select g from GrantRow g where g.customerId = :c and g.status = :a and g.batchId in"
                        + " (select b.id from BatchRow b where b.kind = :k and b.paygAllowed = true) order by g.id", GrantRow.class)
                .setParameter("c", customerId).setParameter("a", "AVAILABLE").setParameter("k", "DEDUCTION_CASH_COUPON")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** What the order took, in the order it was taken. */
    public List<UseRow> uses(String orderNo) {
        return em.createQuery("select u from UseRow u where u.orderNo = :o order by u.id", UseRow.class)
                .setParameter("o", orderNo).getResultList();
    }

    /**
     * Per batch: grants used (a coupon used, a cash coupon with any use), grants expired unused at {@code at}, and the
     * amount the batch's grants took off paid orders.
     */
    public Map<Long, long[]> usage(Collection<Long> batchIds, Instant at) {
        Map<Long, long[]> out = new HashMap<>();
        if (batchIds.isEmpty()) {
            return out;
        }
        batchIds.forEach(id -> out.put(id, new long[3]));
        for (Object[] r : em.createQuery("select g.batchId, count(distinct g.id), sum(u.amount) from UseRow u, GrantRow g"
                + " where u.grantId = g.id and u.status = :used and g.batchId in :b group by g.batchId", Object[].class)
                .setParameter("used", UseRow.Status.USED.name()).setParameter("b", batchIds).getResultList()) {
            long[] x = out.get((Long) r[0]);
            x[0] = (Long) r[1];
            x[2] = r[2] == null ? 0 : ((java.math.BigDecimal) r[2]).movePointRight(2).longValueExact();
        }
        for (Object[] r : em.createQuery("select g.batchId, count(g) from GrantRow g, BatchRow b where g.batchId = b.id"
                + " and b.id in :b and g.status = :available and b.validTo <= :at group by g.batchId", Object[].class)
                .setParameter("b", batchIds).setParameter("available", "AVAILABLE").setParameter("at", at).getResultList()) {
            out.get((Long) r[0])[1] = (Long) r[1];
        }
        return out;
    }
}
