package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.OrderQuery;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /console/user/orders.xhtml}: the customer's orders (U4), filtered by status and type. */
@Named
@ViewScoped
public class MyOrdersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final List<String> STATUSES = List.of("PENDING_PAYMENT", "AWAITING_ACCEPTANCE", "AWAITING_APPROVAL", "ACCEPTED",
            "PROVISIONING", "COMPLETED", "REJECTED", "CANCELLED", "EXPIRED");
    public static final List<String> TYPES = List.of("NEW", "RENEW", "CHANGE", "UNSUBSCRIBE");

    @Inject
    transient OrderService orders;

    private String status;
    private String type;
    private final PagedModel<OrderView> rows = new PagedModel<>(
            page -> orders.mine(new OrderQuery(null, status, type, null, null, null, null, null), page[0], page[1]), OrderView::orderNo);

    public PagedModel<OrderView> getRows() { return rows; }
    public List<String> getStatuses() { return STATUSES; }
    public List<String> getTypes() { return TYPES; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
}
