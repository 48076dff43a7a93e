package io.suanli.core.ordering.infrastructure;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderDiscount;
import io.suanli.core.ordering.domain.OrderEvent;
import io.suanli.core.ordering.domain.OrderStatus;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Orders and resources in the database. Every state change of an order or a resource happens under its row lock
 * ({@code SELECT … FOR UPDATE}), so that two requests on the same order (paying twice, accepting while cancelling)
 * are serialized and the second one sees the first one's result.
 */
@ApplicationScoped
public class OrderRows {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** The order, locked until the transaction ends; "not found" unless it is the given customer's (null: any). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Order lock(String orderNo, Long customerId) {
        return find(orderNo, customerId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Order order(String orderNo, Long customerId) {
        return find(orderNo, customerId, LockModeType.NONE);
    }

    private Order find(String orderNo, Long customerId, LockModeType lock) {
        return em.createQuery("select o from Order o where o.orderNo = :n", Order.class)
                .setParameter("n", orderNo == null ? "" : orderNo.trim()).setLockMode(lock).getResultList().stream()
                .filter(o -> customerId == null || o.customerId() == customerId).findFirst()
                .orElseThrow(() -> new NotFoundException("order.notFound", String.valueOf(orderNo)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Resource lockResource(long id, Long customerId) {
        Resource r = em.find(Resource.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || customerId != null && r.customerId() != customerId) {
            throw new NotFoundException("resource.notFound", String.valueOf(id));
        }
        return r;
    }

    public Resource resource(long id, Long customerId) {
        Resource r = em.find(Resource.class, id);
        if (r == null || customerId != null && r.customerId() != customerId) {
            throw new NotFoundException("resource.notFound", String.valueOf(id));
        }
        return r;
    }

    public List<OrderEvent> events(long orderId) {
        return em.createQuery("select e from OrderEvent e where e.orderId = :o order by e.at, e.id", OrderEvent.class)
                .setParameter("o", orderId).getResultList();
    }

    /** The discounts the order was priced with, in quote order. */
    public List<OrderDiscount> discounts(long orderId) {
        return em.createQuery("select d from OrderDiscount d where d.orderId = :o order by d.lineNo", OrderDiscount.class)
                .setParameter("o", orderId).getResultList();
    }

    /** The order numbers whose charges paid for the resource (its new order, renewals, changes up): the refund group. */
    public List<String> paidOrders(Resource r) {
        return em.createQuery("select o.orderNo from Order o where o.customerId = :c and (o.orderNo = :origin or o.resourceId = :r) "
                        + "and o.paidAt is not null and o.payableAmount > 0 and o.orderType <> :u order by o.createdAt, o.id", String.class)
                .setParameter("c", r.customerId()).setParameter("origin", r.originOrderNo()).setParameter("r", r.id())
                .setParameter("u", OrderType.UNSUBSCRIBE).getResultList();
    }

    /** Orders waiting for payment whose time ran out (at most {@code max}). */
    public List<String> duePayments(java.time.Instant now, int max) {
        return em.createQuery("select o.orderNo from Order o where o.status = :s and o.expiresAt <= :now order by o.expiresAt", String.class)
                .setParameter("s", OrderStatus.PENDING_PAYMENT).setParameter("now", now).setMaxResults(max).getResultList();
    }

    public Optional<Resource> resourceOf(String originOrderNo) {
        return em.createQuery("select r from Resource r where r.originOrderNo = :o", Resource.class).setParameter("o", originOrderNo)
                .getResultList().stream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
