package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderDiscount;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.infrastructure.OrderRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.Principal;

/**
 * What the ordering services share inside a transaction of theirs: views, the discounts an order keeps, freeing a
 * resource, the acting user.
 */
@ApplicationScoped
class OrderSupport {

    @Inject
    OrderRows rows;

    @Inject
    Principal principal;

    OrderView view(Order o) {
        return OrderView.of(o, rows.events(o.id()), rows.discounts(o.id()));
    }

    /** Keeps the discount steps of the quote a just persisted order was priced with (SPEC §9's price breakdown). */
    void keepDiscounts(Order o, Quote q) {
        OrderDiscount.lines(o.id(), o.discountAmount(), q.adjustments()).forEach(rows::persist);
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
