package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.billing.application.ChargeResult;
import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderEvent;
import io.suanli.core.ordering.domain.OrderStatus;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.Terms;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.QuotaGate;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.infrastructure.ExcelWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Orders (U3, U4, O4): a verified customer with the "order" permission places a new order at the price engine's
 * price (quotas checked, price version kept); it is paid from the waterfall or one chosen balance (the "pay"
 * permission), or expires unpaid; operations then accept it (see {@link AcceptanceService}). Every move follows
 * {@link OrderStatus}'s table and is recorded in the order's timeline and the audit log.
 */
@Stateless
public class OrderService {

    static final Set<String> PAY_FROM = Set.of("AUTO", "CASH", "CREDIT", "CASH_COUPON");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    OrderRows rows;

    @Inject
    QuoteService quotes;

    @Inject
    LedgerService ledger;

    @Inject
    PermissionGuard guard;

    @Inject
    RealNameVerificationService verification;

    @Inject
    QuotaGate quotas;

    @Inject
    PlatformClock clock;

    @Inject
    @ConfigProperty(name = "suanli.order.payment-minutes", defaultValue = "30")
    int paymentMinutes;

    @Inject
    @ConfigProperty(name = "suanli.payg.min-funds", defaultValue = "100.00")
    BigDecimal paygMinFunds;

    @Inject
    OrderSupport support;

    /**
     * Places a new order: {@code payFrom} is AUTO (the waterfall), CASH, CREDIT or CASH_COUPON. A prepaid order waits
     * for payment; a pay-as-you-go order needs available funds of at least the configured minimum and goes straight to
     * acceptance (its usage is charged hourly).
     */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("ORDER_PLACE")
    public OrderView place(QuoteRequest request, String payFrom) {
        long customerId = guard.customerOf("ORDER");
        if (!verification.myCustomerVerified()) {
            throw new SuanliException("order.unverified");
        }
        String from = payFrom(payFrom);
        boolean payg = request != null && "PAYG".equals(request.billingMode());
        if (payg && !request.cashCouponIds().isEmpty()) {
            throw new SuanliException("order.paygCashCoupons"); // they pay its hours, as their scope allows
        }
        Quote q = quotes.quote(payg && request.periods() == null ? request.withPeriods(1) : request, false);
        ledger.lockAccount(customerId); // one placement at a time per customer: quotas count what is on its way
        checkQuotas(customerId, q);
        Money payable = payg ? Money.ZERO : q.payableAmount();
        if (payg && ledger.available(customerId).compareTo(Money.of(paygMinFunds)) < 0) {
            throw new SuanliException("order.paygFundsTooLow", Money.of(paygMinFunds).toString());
        }
        Instant now = clock.now();
        Order o = new Order(Ids.next(), number("O", now), customerId, OrderType.NEW, priced(q, payable), from, null,
                blankToNull(request.couponCode()), now, payg ? null : now.plus(Duration.ofMinutes(paymentMinutes)), support.caller());
        rows.persist(o);
        support.keepDiscounts(o, q);
        support.benefits().forEach(b -> b.hold(customerId, o.orderNo(), q.adjustments(), now));
        rows.persist(new OrderEvent(Ids.next(), o.id(), null, OrderStatus.PENDING_PAYMENT, now, support.caller(), MoneyText.display(payable)));
        if (payg) {
            rows.persist(o.moveTo(OrderStatus.AWAITING_ACCEPTANCE, Ids.next(), now, support.caller(), "PAYG"));
        }
        return support.view(o);
    }

    /** Pays an order waiting for payment from the balance it names; nothing is deducted when the funds do not cover it. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("ORDER_PAY")
    public OrderView pay(String orderNo) {
        return pay(orderNo, null);
    }

    /** Pays an order from another balance than the one chosen when it was placed ({@code null}: that one). */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("ORDER_PAY")
    public OrderView pay(String orderNo, String payFrom) {
        long customerId = guard.customerOf("PAY");
        Order o = rows.lock(orderNo, customerId);
        if (payFrom != null && !payFrom.isBlank() && o.status() == OrderStatus.PENDING_PAYMENT) {
            o.payFrom(payFrom(payFrom));
        }
        Instant now = clock.now();
        if (o.status() != OrderStatus.PENDING_PAYMENT) {
            throw new SuanliException(o.paidAt() != null ? "order.alreadyPaid" : "order.notPayable", o.orderNo(), o.status().name());
        }
        if (o.isPaymentDue(now)) {
            throw new SuanliException("order.paymentExpired", o.orderNo());
        }
        ChargeResult r = o.payableAmount().isPositive()
                ? ledger.charge(customerId, o.payableAmount(), o.payFrom(), o.orderNo(), memo(o), tags(o, o.type().name())) : null;
        String split = r == null ? "" : split(r.split());
        o.paid(now, split);
        support.benefits().forEach(b -> b.use(o.orderNo(), now));
        rows.persist(o.moveTo(o.type() == OrderType.NEW ? OrderStatus.AWAITING_ACCEPTANCE : OrderStatus.AWAITING_APPROVAL, Ids.next(), now,
                support.caller(), split));
        return support.view(o);
    }

    /** Cancels an order not yet paid. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("ORDER_CANCEL")
    public OrderView cancel(String orderNo) {
        long customerId = guard.customerOf("ORDER");
        Order o = rows.lock(orderNo, customerId);
        Instant now = clock.now();
        rows.persist(o.moveTo(OrderStatus.CANCELLED, Ids.next(), now, support.caller(), null));
        support.release(o);
        support.benefits().forEach(b -> b.giveBack(o.orderNo(), now));
        return support.view(o);
    }

    /** The caller's customer's orders, newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    public Page<OrderView> mine(OrderQuery q, int first, int max) {
        long customerId = guard.customerOf("VIEW_RESOURCES");
        return list(new OrderQuery(customerId, q.status(), q.type(), q.productCode(), q.from(), q.to(), q.minAmount(), q.maxAmount()),
                first, max);
    }

    /** One of the caller's customer's orders with its timeline. */
    @RolesAllowed(Roles.CUSTOMER)
    public OrderView mine(String orderNo) {
        long customerId = guard.customerOf("VIEW_RESOURCES");
        return support.view(rows.order(orderNo, customerId));
    }

    /** All orders (O4), filtered. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_VIEW)
    public Page<OrderView> all(OrderQuery q, int first, int max) {
        return list(q, first, max);
    }

    /** The filtered orders as an Excel workbook (at most 100,000 rows), for operations. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_VIEW)
    public byte[] export(OrderQuery q, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlatformClock.ZONE);
        List<String> headers = Stream.of("orderNo", "customer", "type", "status", "product", "spec", "nodes", "billingMode",
                "periods", "list", "discount", "coupon", "cashCoupon", "payable", "refund", "paidFrom", "createdAt", "createdBy", "paidAt")
                .map(c -> Messages.get(locale, "order.col." + c)).toList();
        return ExcelWriter.write(Messages.get(locale, "order.sheet"),
                headers, list(q, 0, 100_000).rows().stream().map(o -> Arrays.<Object>asList(o.orderNo(), o.customerId(),
                        Messages.get(locale, "order.type." + o.type()),
                        Messages.get(locale, "order.status." + o.status()), o.productCode(), o.specCode(),
                        o.nodes(), o.billingMode(), o.periods(), o.listAmount().amount(), o.discountAmount().amount(), o.couponAmount().amount(),
                        o.cashCouponAmount().amount(), o.payableAmount().amount(), o.refundAmount() == null ? null : o.refundAmount().amount(), o.paymentSplit(),
                        time.format(o.createdAt()), o.createdBy(), o.paidAt() == null ? null : time.format(o.paidAt()))));
    }

    /** One order with its timeline, for operations. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_VIEW)
    public OrderView of(String orderNo) {
        return support.view(rows.order(orderNo, null));
    }

    /** Expires an unpaid order whose time ran out (the timer; also harmless when it was paid meanwhile). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: the payment-expiry timer (and the dev profile's trigger)")
    public boolean expireIfDue(String orderNo) {
        Order o = rows.lock(orderNo, null);
        Instant now = clock.now();
        if (!o.isPaymentDue(now)) {
            return false;
        }
        rows.persist(o.moveTo(OrderStatus.EXPIRED, Ids.next(), now, "system", null));
        support.release(o);
        support.benefits().forEach(b -> b.giveBack(o.orderNo(), now));
        return true;
    }

    /** Unpaid orders whose time ran out. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: the payment-expiry timer (and the dev profile's trigger)")
    public List<String> duePayments(int max) {
        return rows.duePayments(clock.now(), max);
    }

    // ---- shared with the other ordering services

    static Order.Priced priced(Quote q, Money payable) {
        return new Order.Priced(q.productCode(), q.specCode(), q.billingMode(), q.unit(), q.unitPrice(), q.nodes(), q.periods(),
                q.priceVersionId(), q.listAmount(), q.discountAmount(), q.couponAmount(), q.cashCouponAmount(), payable);
    }

    /** What a charge or refund of the order is for, for the bills; the discount column is all the order took off its list price. */
    static io.suanli.core.billing.application.ChargeTags tags(Order o, String orderType) {
        return new io.suanli.core.billing.application.ChargeTags(o.productCode(), o.specCode(), o.billingMode(), orderType,
                o.discountAmount().plus(o.couponAmount()).plus(o.cashCouponAmount()));
    }

    static String payFrom(String payFrom) {
        String p = payFrom == null || payFrom.isBlank() ? "AUTO" : payFrom.trim();
        if (!PAY_FROM.contains(p)) {
            throw new SuanliException("account.payFromInvalid", p);
        }
        return p;
    }

    static String number(String prefix, Instant now) {
        return io.suanli.core.shared.application.DocumentNumbers.next(prefix, now, 8);
    }

    static String split(Map<String, Money> split) {
        return split.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    static String memo(Order o) {
        return o.type() + " " + o.productCode() + "/" + o.specCode() + " ×" + o.nodes() + " " + o.billingMode()
                + (Terms.isPrepaid(o.billingMode()) ? " ×" + o.periods() : "");
    }


    private void checkQuotas(long customerId, Quote q) {
        String spec = "SPEC:" + q.specCode();
        if (quotas.defines(spec)) {
            quotas.require(customerId, spec, 1);
        }
        if (Terms.countsNodes(q.unit()) && quotas.defines("RESOURCE_NODES")) {
            quotas.require(customerId, "RESOURCE_NODES", q.nodes());
        }
    }

    private Page<OrderView> list(OrderQuery q, int first, int max) {
        StringBuilder where = new StringBuilder(" from Order o where 1 = 1");
        Map<String, Object> p = new java.util.HashMap<>();
        if (q.customerId() != null) {
            where.append(" and o.customerId = :c");
            p.put("c", q.customerId());
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and o.status = :s");
            p.put("s", parse(OrderStatus.class, q.status(), "order.statusInvalid"));
        }
        if (q.type() != null && !q.type().isBlank()) {
            where.append(" and o.orderType = :t");
            p.put("t", parse(OrderType.class, q.type(), "order.typeInvalid"));
        }
        if (q.productCode() != null && !q.productCode().isBlank()) {
            where.append(" and o.productCode = :p");
            p.put("p", q.productCode().trim());
        }
        if (q.from() != null) {
            where.append(" and o.createdAt >= :f");
            p.put("f", q.from());
        }
        if (q.to() != null) {
            where.append(" and o.createdAt < :to");
            p.put("to", q.to());
        }
        if (q.minAmount() != null) {
            where.append(" and o.payableAmount >= :min");
            p.put("min", q.minAmount());
        }
        if (q.maxAmount() != null) {
            where.append(" and o.payableAmount <= :max");
            p.put("max", q.maxAmount());
        }
        TypedQuery<Order> select = em.createQuery("select o" + where + " order by o.createdAt desc, o.id desc", Order.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        p.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<OrderView> list = new ArrayList<>();
        select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100_000))).getResultList()
                .forEach(o -> list.add(OrderView.of(o)));
        return new Page<>(list, count.getSingleResult());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String key) {
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException(key, text);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
