package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.infrastructure.OrderRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.Principal;

/** What the ordering services share inside a transaction of theirs: views, freeing a resource, the acting user. */
@ApplicationScoped
class OrderSupport {

    @Inject
    OrderRows rows;

    @Inject
    Principal principal;

    OrderView view(Order o) {
        return OrderView.of(o, rows.events(o.id()));
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
