package io.suanli.core.ordering.infrastructure;

import io.suanli.core.ordering.domain.OrderStatus;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.ResourceStatus;
import io.suanli.core.shared.domain.QuotaUsageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a customer holds, for the quotas (O3): instances of a spec ({@code SPEC:<code>}) and compute nodes in total
 * ({@code RESOURCE_NODES}) — resources not released or ended, plus new orders on their way to becoming resources.
 */
@ApplicationScoped
public class OrderingQuotaUsage implements QuotaUsageSource {

    static final Set<ResourceStatus> COUNTED = EnumSet.of(ResourceStatus.PROVISIONING, ResourceStatus.ACTIVE, ResourceStatus.ARREARS,
            ResourceStatus.EXPIRED, ResourceStatus.FROZEN);
    static final Set<OrderStatus> ON_THE_WAY = EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.AWAITING_ACCEPTANCE);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public OptionalLong usage(long customerId, String quotaCode) {
        if (quotaCode.startsWith("SPEC:")) {
            String spec = quotaCode.substring(5);
            long held = em.createQuery("select count(r) from Resource r where r.customerId = :c and r.specCode = :s and r.status in :st", Long.class)
                    .setParameter("c", customerId).setParameter("s", spec).setParameter("st", COUNTED).getSingleResult();
            long coming = em.createQuery("select count(o) from Order o where o.customerId = :c and o.specCode = :s and o.orderType = :t "
                            + "and o.status in :st", Long.class)
                    .setParameter("c", customerId).setParameter("s", spec).setParameter("t", OrderType.NEW).setParameter("st", ON_THE_WAY)
                    .getSingleResult();
            return OptionalLong.of(held + coming);
        }
        if ("RESOURCE_NODES".equals(quotaCode)) {
            Number held = em.createQuery("select coalesce(sum(r.nodes), 0) from Resource r where r.customerId = :c and r.unit not in ('GB_HOUR', 'GB_MONTH', 'REQUEST_10K') "
                    + "and r.status in :st", Number.class).setParameter("c", customerId).setParameter("st", COUNTED).getSingleResult();
            Number coming = em.createQuery("select coalesce(sum(o.nodes), 0) from Order o where o.customerId = :c and o.unit not in ('GB_HOUR', 'GB_MONTH', 'REQUEST_10K') "
                            + "and o.orderType = :t and o.status in :st", Number.class)
                    .setParameter("c", customerId).setParameter("t", OrderType.NEW).setParameter("st", ON_THE_WAY).getSingleResult();
            return OptionalLong.of(held.longValue() + coming.longValue());
        }
        return OptionalLong.empty();
    }
}
