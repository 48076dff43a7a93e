package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.billing.application.ChargeResult;
import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderStatus;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.Terms;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operations' side of orders (O6): accept a paid new order — back-filling the resource's pool id, access URL,
 * activation time and extra fields, or handing it to automatic provisioning when a {@link ResourceProvisioner} takes
 * the product — or reject it with a reason, which refunds in full to the balances that paid, in the amounts they
 * paid; approve or reject renew, change and unsubscribe orders, which executes their figures through the ledger.
 */
@Stateless
public class AcceptanceService {

    @Inject
    OrderRows rows;

    @Inject
    OrderService orders;

    @Inject
    OrderSupport support;

    @Inject
    LedgerService ledger;

    @Inject
    PlatformClock clock;

    @Inject
    @Any
    Instance<ResourceProvisioner> provisioners;

    @Inject
    @Any
    Instance<ResourceReleaser> releasers;

    @Inject
    Instance<ResourceResizer> resizers;

    @jakarta.annotation.Resource
    SessionContext ctx;

    /** Paid new orders waiting for acceptance and requests waiting for approval, oldest first. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_VIEW)
    public Page<OrderView> queue(String status, int first, int max) {
        String s = status == null || status.isBlank() ? OrderStatus.AWAITING_ACCEPTANCE.name() : status;
        Page<OrderView> page = orders.all(new OrderQuery(null, s, null, null, null, null, null, null), first, max);
        List<OrderView> oldestFirst = new ArrayList<>(page.rows());
        java.util.Collections.reverse(oldestFirst);
        return new Page<>(oldestFirst, page.total());
    }

    /**
     * Accepts a paid new order. With back-filled information (pool id and access URL) the resource is active from
     * the activation time (now when not given); without it, a provisioner that takes the product opens it.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    @Audited("ORDER_ACCEPT")
    public OrderView accept(String orderNo, ResourceInfo info) {
        Order o = rows.lock(orderNo, null);
        if (o.type() != OrderType.NEW) {
            throw new SuanliException("order.notNew", o.orderNo());
        }
        Instant now = clock.now();
        Optional<ResourceProvisioner> auto = backFilled(info) ? Optional.empty() : provisioner(o.productCode());
        if (!backFilled(info) && auto.isEmpty()) {
            throw new SuanliException("order.backFillRequired");
        }
        Instant activatedAt = info == null || info.activatedAt() == null ? now : info.activatedAt();
        if (backFilled(info)) {
            checkBackFill(info, activatedAt, o, now);
        }
        rows.persist(o.moveTo(OrderStatus.ACCEPTED, Ids.next(), now, caller(), null));
        Resource r = new Resource(Ids.next(), o, now);
        rows.persist(r);
        o.attach(r.id());
        if (auto.isPresent()) {
            rows.persist(o.moveTo(OrderStatus.PROVISIONING, Ids.next(), now, caller(), "automatic"));
            auto.get().provision(r.id(), o.orderNo());
        } else {
            r.activate(activatedAt, PlatformClock.ZONE, info.resourcePoolId().trim(), info.accessUrl().trim(), extra(info.extra()));
            rows.persist(o.moveTo(OrderStatus.COMPLETED, Ids.next(), now, caller(), "pool " + info.resourcePoolId().trim()));
        }
        return support.view(o);
    }

    /** Accepts several orders with their back-fill; answers per order the result or the localized error key. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    public Map<String, String> acceptAll(Map<String, ResourceInfo> accepts) {
        Map<String, String> results = new LinkedHashMap<>();
        AcceptanceService self = ctx.getBusinessObject(AcceptanceService.class);
        accepts.forEach((orderNo, info) -> {
            try {
                self.acceptOne(orderNo, info);
                results.put(orderNo, "OK");
            } catch (SuanliException e) {
                results.put(orderNo, e.key());
            }
        });
        return results;
    }

    /** One acceptance of a bulk acceptance, in a transaction of its own. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public OrderView acceptOne(String orderNo, ResourceInfo info) {
        return ctx.getBusinessObject(AcceptanceService.class).accept(orderNo, info);
    }

    /** Rejects a paid new order, or a renew, change or unsubscribe request, with a reason; a payment is refunded in full. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    @Audited("ORDER_REJECT")
    public OrderView reject(String orderNo, String reason) {
        String why = Validation.requiredText(reason, 500, "order.reason");
        Order o = rows.lock(orderNo, null);
        Instant now = clock.now();
        boolean provisioning = o.status() == OrderStatus.PROVISIONING;
        rows.persist(o.moveTo(OrderStatus.REJECTED, Ids.next(), now, caller(), why));
        o.reason(why);
        if (provisioning && o.resourceId() != null) {
            Resource r = rows.lockResource(o.resourceId(), null);
            r.release(now);
            releaseInCloud(r);
        }
        refundPayment(o, "rejected");
        support.release(o);
        support.benefits().forEach(b -> b.giveBack(o.orderNo(), now));
        return support.view(o);
    }

    /** Approves a renew, change or unsubscribe order: executes it (end moved, configuration changed, refund posted). */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_APPROVE)
    @Audited("ORDER_APPROVE")
    public OrderView approve(String orderNo) {
        Order o = rows.lock(orderNo, null);
        if (o.type() == OrderType.NEW) {
            throw new SuanliException("order.acceptNotApprove", o.orderNo());
        }
        Instant now = clock.now();
        o.status().requireMoveTo(OrderStatus.COMPLETED, o.orderNo());
        Resource r = rows.lockResource(o.resourceId(), null);
        String note;
        switch (o.type()) {
            case RENEW -> {
                r.renew(o.periods(), o.payableAmount(), PlatformClock.ZONE, now);
                note = "ends " + r.endsAt();
            }
            case CHANGE -> {
                Money difference = o.payableAmount().isPositive() ? o.payableAmount() : o.refundAmount().negate();
                Resource.Change applied = r.changeBy(o.effectiveAt(), difference);
                if (difference.isNegative()) {
                    refund(o, r, difference.negate());
                }
                r.applyChange(applied, o.specCode(), o.unit(), o.nodes());
                resizeInCloud(r, o.orderNo());
                note = o.specCode() + " ×" + o.nodes();
            }
            case UNSUBSCRIBE -> {
                if (Terms.isPrepaid(r.billingMode())) {
                    Resource.Unsubscription u = r.unsubscription(o.effectiveAt());
                    if (u.refund().compareTo(o.refundAmount()) != 0) {
                        throw new IllegalStateException("unsubscribe figures of " + o.orderNo() + " changed: " + u.refund() + " vs " + o.refundAmount());
                    }
                    if (u.refund().isPositive()) {
                        refund(o, r, u.refund());
                    }
                    r.unsubscribe(u);
                } else {
                    r.end(o.effectiveAt());
                }
                releaseInCloud(r);
                note = "refund " + MoneyText.display(o.refundAmount());
            }
            default -> throw new IllegalStateException();
        }
        r.pending(null);
        rows.persist(o.moveTo(OrderStatus.COMPLETED, Ids.next(), now, caller(), note));
        return support.view(o);
    }

    /**
     * The resource of an order in provisioning is ready: active from {@code activatedAt} (now when not given). The
     * provisioner calls it; operations call it to back-fill by hand after a failed automatic provisioning.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    @Audited("ORDER_PROVISIONED")
    public OrderView provisioned(String orderNo, ResourceInfo info) {
        Order o = rows.lock(orderNo, null);
        Instant now = clock.now();
        o.status().requireMoveTo(OrderStatus.COMPLETED, o.orderNo());
        if (o.status() != OrderStatus.PROVISIONING) {
            throw new SuanliException("order.notProvisioning", o.orderNo());
        }
        Instant activatedAt = info == null || info.activatedAt() == null ? now : info.activatedAt();
        if (!backFilled(info)) {
            throw new SuanliException("order.backFillRequired");
        }
        checkBackFill(info, activatedAt, o, now);
        Resource r = rows.lockResource(o.resourceId(), null);
        r.activate(activatedAt, PlatformClock.ZONE, info.resourcePoolId().trim(), info.accessUrl().trim(), extra(info.extra()));
        rows.persist(o.moveTo(OrderStatus.COMPLETED, Ids.next(), now, caller(), "pool " + info.resourcePoolId().trim()));
        return support.view(o);
    }

    /**
     * Automatic provisioning failed: the order stays in provisioning with the reason on its timeline, for operations
     * to retry, back-fill by hand ({@link #provisioned}) or reject (which refunds).
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    @Audited("ORDER_PROVISIONING_FAILED")
    @NoFunction("platform: the provisioner's own reports")
    public OrderView provisioningFailed(String orderNo, String reason) {
        Order o = rows.lock(orderNo, null);
        String why = reason == null ? "unknown" : reason.length() > 450 ? reason.substring(0, 450) : reason;
        rows.persist(new io.suanli.core.ordering.domain.OrderEvent(Ids.next(), o.id(), o.status(), o.status(), clock.now(), "provisioner",
                "failed: " + why));
        o.reason(why);
        return support.view(o);
    }

    /**
     * A note from the cloud on an order's timeline, its status unchanged (e.g. the outcome of applying an approved
     * change in the cloud).
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: the provisioner's own reports")
    public void cloudNote(String orderNo, String note) {
        Order o = rows.lock(orderNo, null);
        String text = note == null ? "" : note.length() > 450 ? note.substring(0, 450) : note;
        rows.persist(new io.suanli.core.ordering.domain.OrderEvent(Ids.next(), o.id(), o.status(), o.status(), clock.now(), "provisioner", text));
    }

    /**
     * Applies an approved change in the cloud again (after "cloud change failed" on its timeline): the resource's
     * current configuration is set once more, which is harmless when it already is.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_APPROVE)
    @Audited("ORDER_CLOUD_CHANGE_RETRY")
    public OrderView retryCloudChange(String orderNo) {
        Order o = rows.lock(orderNo, null);
        Resource r = o.resourceId() == null ? null : rows.lockResource(o.resourceId(), null);
        if (o.type() != OrderType.CHANGE || o.status() != OrderStatus.COMPLETED || r == null || !resizeInCloud(r, o.orderNo())) {
            throw new SuanliException("order.notCloudChange", o.orderNo());
        }
        rows.persist(new io.suanli.core.ordering.domain.OrderEvent(Ids.next(), o.id(), o.status(), o.status(), clock.now(), caller(),
                "retry cloud change"));
        return support.view(o);
    }

    /** Starts automatic provisioning again for an order whose provisioning failed. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_ACCEPT)
    @Audited("ORDER_PROVISIONING_RETRY")
    public OrderView retryProvisioning(String orderNo) {
        Order o = rows.lock(orderNo, null);
        if (o.status() != OrderStatus.PROVISIONING) {
            throw new SuanliException("order.notProvisioning", o.orderNo());
        }
        ResourceProvisioner p = provisioner(o.productCode()).orElseThrow(() -> new SuanliException("order.backFillRequired"));
        rows.persist(new io.suanli.core.ordering.domain.OrderEvent(Ids.next(), o.id(), o.status(), o.status(), clock.now(), caller(), "retry"));
        p.provision(o.resourceId(), o.orderNo());
        return support.view(o);
    }

    /** Refunds what an order itself paid, in full, to the balances that paid it. */
    private void refundPayment(Order o, String why) {
        if (o.paidAt() != null && o.payableAmount().isPositive()) {
            ChargeResult r = ledger.refund(o.customerId(), "REF-" + o.orderNo(), List.of(o.orderNo()), o.payableAmount(), why + " " + o.orderNo(),
                    OrderService.tags(o, o.type().name()));
            o.refunded(o.payableAmount(), OrderService.split(r.split()));
        }
    }

    /** Refunds part of what the resource's orders paid, in proportion to what each balance paid. */
    private void refund(Order o, Resource r, Money amount) {
        ChargeResult c = ledger.refund(o.customerId(), "REF-" + o.orderNo(), rows.paidOrders(r), amount, o.type() + " " + o.orderNo(),
                new io.suanli.core.billing.application.ChargeTags(r.productCode(), r.specCode(), r.billingMode(), o.type().name(), null));
        o.refunded(amount, OrderService.split(c.split()));
    }

    /** Hands an ended resource to the releaser that opened it, if any (after commit). */
    void releaseInCloud(Resource r) {
        for (ResourceReleaser releaser : releasers) {
            if (releaser.opened(r.extra())) {
                releaser.release(r.id());
                return;
            }
        }
    }

    /** Hands a changed resource to the resizer that opened it, if any (after commit); whether there was one. */
    boolean resizeInCloud(Resource r, String changeOrderNo) {
        for (ResourceResizer resizer : resizers) {
            if (resizer.opened(r.extra())) {
                resizer.resize(r.id(), changeOrderNo);
                return true;
            }
        }
        return false;
    }

    private Optional<ResourceProvisioner> provisioner(String productCode) {
        for (ResourceProvisioner p : provisioners) {
            if (p.handles(productCode)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean backFilled(ResourceInfo info) {
        return info != null && info.resourcePoolId() != null && !info.resourcePoolId().isBlank();
    }

    private static void checkBackFill(ResourceInfo info, Instant activatedAt, Order o, Instant now) {
        Validation.requiredText(info.resourcePoolId(), 128, "order.resourcePoolId");
        String url = Validation.requiredText(info.accessUrl(), 500, "order.accessUrl");
        try {
            URI u = URI.create(url.trim());
            if (!u.isAbsolute() || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                throw new SuanliException("order.accessUrlInvalid", url);
            }
        } catch (IllegalArgumentException e) {
            throw new SuanliException("order.accessUrlInvalid", url);
        }
        if (activatedAt.isAfter(now.plusSeconds(60)) || activatedAt.isBefore(o.createdAt())) {
            throw new SuanliException("order.activatedAtInvalid");
        }
    }

    private static String extra(Map<String, String> extra) {
        if (extra == null || extra.isEmpty()) {
            return null;
        }
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        extra.forEach((k, v) -> b.add(k, v == null ? "" : v));
        String json = b.build().toString();
        if (json.length() > 2000) {
            throw new SuanliException("validation.tooLong", "order.extra", 2000);
        }
        return json;
    }

    private String caller() {
        return ctx.getCallerPrincipal() == null ? "system" : ctx.getCallerPrincipal().getName();
    }
}
