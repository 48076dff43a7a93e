package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderDiscount;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.infrastructure.OrderRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.security.Principal;

/**
 * What the ordering services share inside a transaction of theirs: views, the price steps an order keeps, the
 * coupons it holds, freeing a resource, the acting user.
 */
@ApplicationScoped
class OrderSupport {

    @Inject
    OrderRows rows;

    @Inject
    Principal principal;

    @Inject
    @Any
    Instance<OrderBenefits> benefits;

    OrderView view(Order o) {
        return OrderView.of(o, rows.events(o.id()), rows.discounts(o.id()));
    }

    /** Whoever keeps the coupons and cash coupons orders take (marketing). */
    Iterable<OrderBenefits> benefits() {
        return benefits;
    }

    /** Keeps the discount, coupon and cash coupon steps of the quote a just persisted order was priced with (SPEC §9's price breakdown). */
    void keepDiscounts(Order o, Quote q) {
        OrderDiscount.lines(o, q.adjustments()).forEach(rows::persist);
    }

    /** Frees the resource an ended renew, change or unsubscribe order was holding. */
    void release(Order o) {
        if (o.type() != OrderType.NEW && o.resourceId() != null) {
            Resource r = rows.lockResource(o.resourceId(), null);
            if (o.orderNo().equals(r.pendingOrderNo())) {
                r.pending(null);
            }
        }
    }

    String caller() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? "system" : name;
    }
}
