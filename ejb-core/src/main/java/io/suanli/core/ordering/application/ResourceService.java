package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderEvent;
import io.suanli.core.ordering.domain.OrderStatus;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.ResourceStatus;
import io.suanli.core.ordering.domain.Terms;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The customer's resources (U7) and what they may ask for them (U4–U6): renew by whole periods at the current
 * price, change nodes or spec (the prorated difference for the rest of the term), unsubscribe (§8). Each request is
 * an order operations approve; each has a preview computed by the same code that the approval executes — the
 * figures are fixed when the request is made (its effective time) and executed unchanged.
 */
@Stateless
public class ResourceService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    OrderRows rows;

    @Inject
    OrderService orders;

    @Inject
    OrderSupport support;

    @Inject
    QuoteService quotes;

    @Inject
    LedgerService ledger;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformClock clock;

    @Inject
    @ConfigProperty(name = "suanli.order.payment-minutes", defaultValue = "30")
    int paymentMinutes;

    @RolesAllowed(Roles.CUSTOMER)
    public Page<ResourceView> mine(String status, int first, int max) {
        long customerId = guard.customerOf("VIEW_RESOURCES");
        String where = " from Resource r where r.customerId = :c" + (status == null || status.isBlank() ? "" : " and r.status = :s");
        var select = em.createQuery("select r" + where + " order by r.createdAt desc, r.id desc", Resource.class).setParameter("c", customerId);
        var count = em.createQuery("select count(r)" + where, Long.class).setParameter("c", customerId);
        if (status != null && !status.isBlank()) {
            ResourceStatus s = parseStatus(status);
            select.setParameter("s", s);
            count.setParameter("s", s);
        }
        return new Page<>(select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(ResourceView::of).toList(), count.getSingleResult());
    }

    @RolesAllowed(Roles.CUSTOMER)
    public ResourceView mine(long id) {
        return ResourceView.of(rows.resource(id, guard.customerOf("VIEW_RESOURCES")));
    }

    // ---- unsubscribe

    /** What unsubscribing now would refund, and to which balances (U5, §8). */
    @RolesAllowed(Roles.CUSTOMER)
    public Preview previewUnsubscribe(long id) {
        Resource r = rows.resource(id, guard.customerOf("ORDER"));
        return unsubscribePreview(r, clock.now());
    }

    /** Asks to unsubscribe now: an order awaiting approval with the figures of the preview. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("RESOURCE_UNSUBSCRIBE")
    public OrderView unsubscribe(long id) {
        long customerId = guard.customerOf("ORDER");
        Resource r = rows.lockResource(id, customerId);
        Instant now = clock.now();
        Preview p = unsubscribePreview(r, now);
        Order o = newOrder(r, OrderType.UNSUBSCRIBE, r.specCode(), r.unit(), r.nodes(), 0, Money.ZERO, "AUTO", now);
        o.figures(now, p.usedHours(), p.refundAmount());
        return submit(r, o, OrderStatus.AWAITING_APPROVAL, now, "refund " + MoneyText.display(p.refundAmount()));
    }

    Preview unsubscribePreview(Resource r, Instant at) {
        requireActive(r);
        if (!Terms.isPrepaid(r.billingMode())) {
            return new Preview("UNSUBSCRIBE", at, 0, Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), at);
        }
        Resource.Unsubscription u = r.unsubscription(at);
        Map<String, Money> to = ledger.refundSplit(r.customerId(), rows.paidOrders(r), u.refund());
        return new Preview("UNSUBSCRIBE", at, u.usedHours(), u.usedCharge(), Money.ZERO, u.refund(), to, at);
    }

    // ---- renew

    /** What renewing by {@code periods} would cost now and where the end would move. */
    @RolesAllowed(Roles.CUSTOMER)
    public Preview previewRenew(long id, Integer periods) {
        Resource r = rows.resource(id, guard.customerOf("ORDER"));
        requireHeld(r);
        Quote q = renewQuote(r, periods);
        return new Preview("RENEW", clock.now(), null, null, q.payableAmount(), Money.ZERO, Map.of(),
                Terms.end(r.endsAt(), r.billingMode(), q.periods(), PlatformClock.ZONE));
    }

    /** Asks to renew: an order to pay, then for operations to approve. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("RESOURCE_RENEW")
    public OrderView renew(long id, Integer periods, String payFrom) {
        long customerId = guard.customerOf("ORDER");
        Resource r = rows.lockResource(id, customerId);
        requireHeld(r);
        Quote q = renewQuote(r, periods);
        Instant now = clock.now();
        Order o = new Order(Ids.next(), OrderService.number("O", now), customerId, OrderType.RENEW, OrderService.priced(q, q.payableAmount()),
                OrderService.payFrom(payFrom), r.id(), null, now, now.plus(Duration.ofMinutes(paymentMinutes)), support.caller());
        return submit(r, o, q, OrderStatus.PENDING_PAYMENT, now, MoneyText.display(q.payableAmount()));
    }

    private Quote renewQuote(Resource r, Integer periods) {
        if (!Terms.isPrepaid(r.billingMode())) {
            throw new SuanliException("resource.notPrepaid", String.valueOf(r.id()));
        }
        return quotes.quote(new QuoteRequest(r.specCode(), r.nodes(), r.billingMode(), periods, null), false, OrderType.RENEW);
    }

    // ---- change

    /** What changing to {@code specCode} × {@code nodes} now would charge or refund for the rest of the term. */
    @RolesAllowed(Roles.CUSTOMER)
    public Preview previewChange(long id, String specCode, Integer nodes) {
        Resource r = rows.resource(id, guard.customerOf("ORDER"));
        return changePreview(r, specCode, nodes, clock.now()).preview();
    }

    /** Asks to change nodes or spec: an order to pay when it costs more, else awaiting approval with its refund. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("RESOURCE_CHANGE")
    public OrderView change(long id, String specCode, Integer nodes, String payFrom) {
        long customerId = guard.customerOf("ORDER");
        Resource r = rows.lockResource(id, customerId);
        Instant now = clock.now();
        ChangePlan plan = changePreview(r, specCode, nodes, now);
        Resource.Change c = plan.change();
        Money payable = c.difference().isPositive() ? c.difference() : Money.ZERO;
        Money refund = c.difference().isNegative() ? c.difference().negate() : Money.ZERO;
        Order o = newOrder(r, OrderType.CHANGE, plan.quote().specCode(), plan.quote().unit(), plan.quote().nodes(), plan.quote().periods(),
                payable, OrderService.payFrom(payFrom), now, plan.quote());
        o.figures(now, c.usedHours(), refund);
        return submit(r, o, payable.isPositive() ? OrderStatus.PENDING_PAYMENT : OrderStatus.AWAITING_APPROVAL, now,
                payable.isPositive() ? MoneyText.display(payable) : "refund " + MoneyText.display(refund));
    }

    record ChangePlan(Resource.Change change, Quote quote, Preview preview) {
    }

    ChangePlan changePreview(Resource r, String specCode, Integer nodes, Instant at) {
        requireActive(r);
        String target = specCode == null || specCode.isBlank() ? r.specCode() : specCode.trim();
        int n = nodes == null ? r.nodes() : nodes;
        if (target.equals(r.specCode()) && n == r.nodes()) {
            throw new SuanliException("resource.changeNothing");
        }
        Quote now = quotes.quote(new QuoteRequest(r.specCode(), r.nodes(), r.billingMode(), 1, null), false, OrderType.CHANGE);
        Quote next = quotes.quote(new QuoteRequest(target, n, r.billingMode(), 1, null), false, OrderType.CHANGE);
        if (!next.productCode().equals(r.productCode())) {
            throw new SuanliException("resource.changeOtherProduct", target);
        }
        BigDecimal ratio = next.listAmount().amount().divide(now.listAmount().amount(), 20, RoundingMode.HALF_UP);
        Resource.Change c = r.change(at, ratio);
        Money payable = c.difference().isPositive() ? c.difference() : Money.ZERO;
        Money refund = c.difference().isNegative() ? c.difference().negate() : Money.ZERO;
        Map<String, Money> to = ledger.refundSplit(r.customerId(), rows.paidOrders(r), refund);
        return new ChangePlan(c, next, new Preview("CHANGE", at, c.usedHours(), c.valueLeft(), payable, refund, to, r.endsAt()));
    }

    // ---- shared

    private Order newOrder(Resource r, OrderType type, String specCode, String unit, int nodes, int periods, Money payable, String payFrom,
                           Instant now) {
        return newOrder(r, type, specCode, unit, nodes, periods, payable, payFrom, now, null);
    }

    private Order newOrder(Resource r, OrderType type, String specCode, String unit, int nodes, int periods, Money payable, String payFrom,
                           Instant now, Quote q) {
        Order origin = rows.order(r.originOrderNo(), r.customerId());
        Order.Priced p = new Order.Priced(r.productCode(), specCode, r.billingMode(), unit, q == null ? origin.unitPrice() : q.unitPrice(),
                nodes, periods, q == null ? origin.priceVersionId() : q.priceVersionId(), payable, Money.ZERO, Money.ZERO, payable);
        return new Order(Ids.next(), OrderService.number("O", now), r.customerId(), type, p, payFrom, r.id(), null, now,
                payable.isPositive() ? now.plus(Duration.ofMinutes(paymentMinutes)) : null, support.caller());
    }

    private OrderView submit(Resource r, Order o, OrderStatus status, Instant now, String note) {
        return submit(r, o, null, status, now, note);
    }

    /** Records the order; one priced by a quote with its discounts ({@code priced}: the quote, null for none) keeps them. */
    private OrderView submit(Resource r, Order o, Quote priced, OrderStatus status, Instant now, String note) {
        r.pending(o.orderNo());
        rows.persist(o);
        if (priced != null) {
            support.keepDiscounts(o, priced);
        }
        rows.persist(new OrderEvent(Ids.next(), o.id(), null, OrderStatus.PENDING_PAYMENT, now, support.caller(), note));
        if (status != OrderStatus.PENDING_PAYMENT) {
            rows.persist(o.moveTo(status, Ids.next(), now, support.caller(), null));
        }
        return support.view(o);
    }

    /** Unsubscribe and change act on a running resource only (not one expired, frozen, released or ended). */
    static void requireActive(Resource r) {
        if (r.status() != ResourceStatus.ACTIVE && r.status() != ResourceStatus.ARREARS) {
            throw new SuanliException("resource.notActive", String.valueOf(r.id()), r.status().name());
        }
    }

    static void requireHeld(Resource r) {
        if (!r.status().isHeld()) {
            throw new SuanliException("resource.notHeld", String.valueOf(r.id()), r.status().name());
        }
    }

    private static ResourceStatus parseStatus(String s) {
        try {
            return ResourceStatus.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException("resource.statusInvalid", s);
        }
    }
}
