package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.IdleHint;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.Preview;
import io.suanli.core.ordering.application.ResourceMetrics;
import io.suanli.core.ordering.application.ResourceMonitoringService;
import io.suanli.core.ordering.application.ResourceService;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.Charts;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /console/user/resource.xhtml?id=}: one resource (U7) and what the customer may ask for it (U4–U6): renew,
 * change or unsubscribe, each previewed with the exact amounts before it is confirmed; its utilisation charts over a
 * chosen period, and the idle-capacity hint with the renewal preview.
 */
@Named
@ViewScoped
public class MyResourceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceService resources;

    @Inject
    transient ResourceMonitoringService monitoring;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient ConsoleBean console;

    private Long id;
    private ResourceView resource;
    private Preview preview;
    private String action;
    private Integer periods = 1;
    private Integer nodes;
    private String specCode;
    private String payFrom = "AUTO";
    private OrderView requested;
    private String period = "24h";
    private ResourceMetrics metrics;
    private String chart;
    private IdleHint idleHint;

    /** The view action: loads the resource named by {@code ?id=}. */
    public void load() {
        if (id != null && console.act(() -> resource = resources.mine(id), null)) {
            nodes = resource.nodes();
            specCode = resource.specCode();
            loadMetrics();
        }
    }

    /** Reads the utilisation of the chosen period (the period selector calls it). */
    public void loadMetrics() {
        metrics = null;
        chart = null;
        if (resource == null) {
            return;
        }
        console.act(() -> metrics = monitoring.metrics(id, period), null);
        if (metrics != null && metrics.hasData()) {
            chart = Charts.utilisation(metrics, m -> console.text("monitoring.measure." + m));
        }
    }

    public void previewUnsubscribe() {
        show("UNSUBSCRIBE", () -> preview = resources.previewUnsubscribe(id));
    }

    public void previewRenew() {
        show("RENEW", () -> preview = resources.previewRenew(id, periods));
        idleHint = null;
        if (preview != null) {
            try {
                idleHint = monitoring.idleHint(id).filter(IdleHint::idle).orElse(null);
            } catch (SuanliException | jakarta.ejb.EJBAccessException e) {
                idleHint = null; // no permission to view resources: the preview without the hint
            }
        }
    }

    public void previewChange() {
        show("CHANGE", () -> preview = resources.previewChange(id, specCode, nodes));
    }

    /** Confirms the previewed request: an order awaiting payment or approval. */
    public void confirm() {
        OrderView[] made = new OrderView[1];
        boolean ok = console.act(() -> made[0] = switch (action) {
            case "UNSUBSCRIBE" -> resources.unsubscribe(id);
            case "RENEW" -> resources.renew(id, periods, payFrom);
            case "CHANGE" -> resources.change(id, specCode, nodes, payFrom);
            default -> throw new IllegalStateException(action);
        }, "resource.requested");
        if (ok) {
            requested = made[0];
            preview = null;
            action = null;
            resource = resources.mine(id);
        }
    }

    public void closePreview() {
        preview = null;
        action = null;
    }

    private void show(String what, Runnable compute) {
        action = null;
        preview = null;
        if (console.act(compute, null)) {
            action = what;
        }
    }

    public Long getDaysLeft() {
        return resource == null ? null : resource.daysLeft(clock.now());
    }

    public String getMetricsMessage() {
        return metrics == null ? null : metrics.message(console.getLocale());
    }

    public int getChartPoints() {
        return Charts.points(metrics);
    }

    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public ResourceMetrics getMetrics() { return metrics; }
    public String getChart() { return chart; }
    public IdleHint getIdleHint() { return idleHint; }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ResourceView getResource() { return resource; }
    public Preview getPreview() { return preview; }
    public String getAction() { return action; }
    public Integer getPeriods() { return periods; }
    public void setPeriods(Integer v) { periods = v; }
    public Integer getNodes() { return nodes; }
    public void setNodes(Integer v) { nodes = v; }
    public String getSpecCode() { return specCode; }
    public void setSpecCode(String v) { specCode = v; }
    public String getPayFrom() { return payFrom; }
    public void setPayFrom(String v) { payFrom = v; }
    public OrderView getRequested() { return requested; }
}
