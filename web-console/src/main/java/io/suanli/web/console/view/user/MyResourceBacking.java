package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.Preview;
import io.suanli.core.ordering.application.ResourceService;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /console/user/resource.xhtml?id=}: one resource (U7) and what the customer may ask for it (U4–U6): renew,
 * change or unsubscribe, each previewed with the exact amounts before it is confirmed.
 */
@Named
@ViewScoped
public class MyResourceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceService resources;

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

    /** The view action: loads the resource named by {@code ?id=}. */
    public void load() {
        if (id != null && console.act(() -> resource = resources.mine(id), null)) {
            nodes = resource.nodes();
            specCode = resource.specCode();
        }
    }

    public void previewUnsubscribe() {
        show("UNSUBSCRIBE", () -> preview = resources.previewUnsubscribe(id));
    }

    public void previewRenew() {
        show("RENEW", () -> preview = resources.previewRenew(id, periods));
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
