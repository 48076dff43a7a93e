package io.suanli.core.marketing.infrastructure;

import io.suanli.core.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The stored discounts and the stacking policy. */
@ApplicationScoped
public class MarketingRepository {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public void persist(DiscountRow d) {
        em.persist(d);
    }

    public DiscountRow discount(long id) {
        DiscountRow d = em.find(DiscountRow.class, id);
        if (d == null) {
            throw new NotFoundException("marketing.discountNotFound", String.valueOf(id));
        }
        return d;
    }

    public DiscountRow lockDiscount(long id) {
        DiscountRow d = em.find(DiscountRow.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException("marketing.discountNotFound", String.valueOf(id));
        }
        return d;
    }

    /**
     * The discounts in force at {@code at} that may apply to the product (limited to it or to no product): one query
     * on every quote. The other conditions are checked by the domain.
     */
    public List<DiscountRow> inForce(Instant at, String productCode) {
        return em.createQuery("select d from DiscountRow d where d.endedAt is null and d.validFrom <= :at"
                        + " and (d.validTo is null or d.validTo > :at) and (d.productCode is null or d.productCode = :p)"
                        + " order by d.id", DiscountRow.class)
                .setParameter("at", at).setParameter("p", productCode).getResultList();
    }

    /**
     * The discounts in force at some time in {@code [from, to)} that may apply to the product, with when they were
     * ended: pay-as-you-go hours are priced with the discounts in force in each hour (one query per resource and batch).
     */
    public List<DiscountRow> inForceDuring(Instant from, Instant to, String productCode) {
        return em.createQuery("select d from DiscountRow d where d.validFrom < :to and (d.validTo is null or d.validTo > :from)"
                        + " and (d.endedAt is null or d.endedAt > :from) and (d.productCode is null or d.productCode = :p)"
                        + " order by d.id", DiscountRow.class)
                .setParameter("from", from).setParameter("to", to).setParameter("p", productCode).getResultList();
    }

    /** Newest first. */
    public List<DiscountRow> page(int first, int max) {
        return em.createQuery("select d from DiscountRow d order by d.createdAt desc, d.id desc", DiscountRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    public long count() {
        return em.createQuery("select count(d) from DiscountRow d", Long.class).getSingleResult();
    }

    public MarketingPolicyRow policy(boolean forUpdate) {
        return forUpdate ? em.find(MarketingPolicyRow.class, MarketingPolicyRow.ID, LockModeType.PESSIMISTIC_WRITE)
                : em.find(MarketingPolicyRow.class, MarketingPolicyRow.ID);
    }
}
