package io.suanli.core.ordering.infrastructure;

import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute: orders not paid in time expire (each under its row lock, so a payment racing it wins or loses cleanly). */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class OrderExpiry {

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @Inject
    OrderService orders;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "expire unpaid orders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        for (String orderNo : orders.duePayments(500)) {
            try {
                orders.expireIfDue(orderNo);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "order " + orderNo + " not expired, next minute again", e);
            }
        }
    }
}
