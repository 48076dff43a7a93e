package io.suanli.web.console.view.ops;

import io.suanli.core.ordering.application.AcceptanceService;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.ResourceInfo;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /console/ops/order.xhtml?no=}: one order with its timeline (O4) and the acceptance (O6): accept with the
 * back-filled resource information (pool id, access URL, activation time, extra fields as {@code key=value} lines) —
 * or, for a product opened automatically, with nothing, and after a failed provisioning retry or back-fill by hand —
 * reject with a reason, or approve a renew, change or unsubscribe.
 */
@Named
@ViewScoped
public class OrderDetailBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Inject
    transient AcceptanceService acceptance;

    @Inject
    transient ConsoleBean console;

    private String no;
    private OrderView order;
    private String resourcePoolId;
    private String accessUrl;
    private LocalDateTime activatedAt;
    private String extra;
    private String reason;
    private boolean cloudChangeFailed;

    public void load() {
        console.act(() -> order = orders.of(no), null);
        cloudChangeFailed = order != null && "CHANGE".equals(order.type()) && "COMPLETED".equals(order.status()) && lastCloudNoteFailed(order);
    }

    /** Whether the latest cloud note on the timeline says that applying the change in the cloud failed. */
    private static boolean lastCloudNoteFailed(OrderView o) {
        String last = null;
        for (OrderView.Event e : o.timeline()) {
            if (e.note() != null && e.note().startsWith("cloud")) {
                last = e.note();
            }
        }
        return last != null && last.startsWith("cloud change failed");
    }

    /** Applies an approved change in the cloud again after a failure. */
    public void retryCloudChange() {
        if (console.act(() -> acceptance.retryCloudChange(order.orderNo()), "order.cloudChangeRetrying")) {
            load();
        }
    }

    public boolean isCloudChangeFailed() { return cloudChangeFailed; }

    /** The poll while an order is being opened in the cloud: reloads it and redraws the page once its status changed. */
    public void watch() {
        String before = order == null ? null : order.status();
        load();
        if (order != null && !order.status().equals(before)) {
            org.primefaces.PrimeFaces.current().ajax().update("orderForm");
        }
    }

    public void accept() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (extra != null) {
            for (String line : extra.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        ResourceInfo info = new ResourceInfo(resourcePoolId, accessUrl,
                activatedAt == null ? null : activatedAt.atZone(PlatformClock.ZONE).toInstant(), fields);
        boolean provisioning = order.can("BACK_FILL");
        if (console.act(() -> {
            if (provisioning) {
                acceptance.provisioned(order.orderNo(), info);
            } else {
                acceptance.accept(order.orderNo(), info);
            }
        }, "order.accepted")) {
            order = orders.of(no);
        }
    }

    /** Starts automatic provisioning again after a failure. */
    public void retry() {
        if (console.act(() -> acceptance.retryProvisioning(order.orderNo()), "order.retrying")) {
            order = orders.of(no);
        }
    }

    public void reject() {
        if (console.act(() -> acceptance.reject(order.orderNo(), reason), "order.rejected")) {
            order = orders.of(no);
        }
    }

    public void approve() {
        if (console.act(() -> acceptance.approve(order.orderNo()), "order.approved")) {
            order = orders.of(no);
        }
    }

    public String getNo() { return no; }
    public void setNo(String v) { no = v; }
    public OrderView getOrder() { return order; }
    public String getResourcePoolId() { return resourcePoolId; }
    public void setResourcePoolId(String v) { resourcePoolId = v; }
    public String getAccessUrl() { return accessUrl; }
    public void setAccessUrl(String v) { accessUrl = v; }
    public LocalDateTime getActivatedAt() { return activatedAt; }
    public void setActivatedAt(LocalDateTime v) { activatedAt = v; }
    public String getExtra() { return extra; }
    public void setExtra(String v) { extra = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
