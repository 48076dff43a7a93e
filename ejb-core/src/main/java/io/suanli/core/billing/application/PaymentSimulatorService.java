package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.billing.infrastructure.PaymentGateways;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.simulator.SimulatedNotification;
import io.suanli.integration.payment.simulator.SimulatedOrder;
import io.suanli.integration.payment.simulator.SimulatorGateway;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * The simulated payment channel of the dev profile: its pay page and pay call, open to the recharge's own customer
 * (a user with PAY), to whoever holds the pay link with its key (as with a real QR code) and to system
 * administrators; anyone else is told "not found", as if there were no such recharge. For system administrators also the notifications a test needs — genuine, forged, tampered or for another
 * amount — and a payment whose notification is lost. "Not found" wherever payments are not simulated.
 */
@Stateless
@NoFunction("dev profile only: the payment simulator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentSimulatorService {

    /** A simulated order as the pay page shows it. */
    public record Order(String orderNumber, Money amount, String subject, Instant expiresAt, String state, boolean payable)
            implements Serializable {
    }

    /** A notification to post to {@code /api/v1/payments/notify/{channel}}. */
    public record Notification(Map<String, String> headers, String body) implements Serializable {
    }

    @Inject
    PaymentGateways gateways;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @Inject
    io.suanli.core.identity.application.PermissionGuard guard;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** The order behind a pay link ({@code key} from its {@code ?k=}, or null for the customer's own recharge). */
    @PermitAll
    public Order order(String orderNumber, String key) {
        requireAccess(orderNumber, key);
        return order(orderNumber);
    }

    /** The payer pays: the signed notification goes out at once (and again on the channel's schedule until answered). */
    @PermitAll
    public void pay(String orderNumber, String key) {
        requireAccess(orderNumber, key);
        pay(orderNumber);
    }

    private void requireAccess(String orderNumber, String key) {
        if (simulator().payKeyMatches(orderNumber, key) || ctx.isCallerInRole(Roles.SYS_ADMIN)) {
            return;
        }
        if (ctx.isCallerInRole(Roles.CUSTOMER) && guard.holds("PAY")) {
            long mine = guard.customerOf("PAY");
            boolean own = em.createQuery("select count(r) from Recharge r where r.rechargeNo = :n and r.customerId = :c", Long.class)
                    .setParameter("n", String.valueOf(orderNumber)).setParameter("c", mine).getSingleResult() > 0;
            if (own) {
                return;
            }
        }
        throw new NotFoundException("recharge.notFound", String.valueOf(orderNumber));
    }

    private Order order(String orderNumber) {
        SimulatedOrder o = simulator().order(orderNumber == null ? "" : orderNumber)
                .orElseThrow(() -> new NotFoundException("recharge.notFound", String.valueOf(orderNumber)));
        return new Order(o.orderNumber(), Money.of(o.amount()), o.subject(), o.expiresAt(),
                o.isExpired(clock.now()) ? "EXPIRED" : o.state().name(), o.state() == SimulatedOrder.State.OPEN && !o.isExpired(clock.now()));
    }

    private void pay(String orderNumber) {
        order(orderNumber);
        try {
            simulator().pay(orderNumber);
        } catch (PaymentException e) {
            throw new SuanliException("recharge.simulatorRefused", orderNumber);
        }
    }

    /** The payer pays and the notification is lost: only the query finds the payment. Answers the transaction id. */
    @RolesAllowed(Roles.SYS_ADMIN)
    public String payWithoutNotification(String orderNumber) {
        order(orderNumber);
        try {
            return simulator().payWithoutNotification(orderNumber);
        } catch (PaymentException e) {
            throw new SuanliException("recharge.simulatorRefused", orderNumber);
        }
    }

    /**
     * A notification about an order: {@code GENUINE} (of a paid order, as the simulator posts it), {@code FORGED}
     * (signed with another key), {@code TAMPERED} (amount changed after signing), {@code MISMATCHED} (authentic, for
     * another amount).
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    public Notification notification(String orderNumber, String kind, Money amount) {
        order(orderNumber);
        SimulatorGateway s = simulator();
        try {
            SimulatedNotification n = switch (kind == null ? "" : kind) {
                case "GENUINE" -> s.notificationFor(orderNumber);
                case "FORGED" -> s.forgedNotification(orderNumber, amount.amount());
                case "TAMPERED" -> s.tamperedNotification(orderNumber, amount.amount());
                case "MISMATCHED" -> s.mismatchedNotification(orderNumber, amount.amount());
                default -> throw new SuanliException("recharge.kindInvalid", String.valueOf(kind));
            };
            return new Notification(n.headers(), n.body());
        } catch (PaymentException e) {
            throw new SuanliException("recharge.simulatorRefused", orderNumber);
        }
    }

    private SimulatorGateway simulator() {
        return gateways.simulator().orElseThrow(() -> new NotFoundException("recharge.notFound", "simulator"));
    }
}
