package io.suanli.web.console.view.ops;

import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * {@code /console/ops/bills.xhtml}: bills for finance (O4) — lines across customers filtered by period, customer, order
 * type and billing mode, with discount and invoiced columns; keep a month's bills (what the monthly run does).
 */
@Named
@ViewScoped
public class BillsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient BillService bills;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient ConsoleBean console;

    private String period;
    private Long customerId;
    private String orderType;
    private String billingMode;
    private final PagedModel<BillView.Line> rows = new PagedModel<>(page -> bills.lines(period, customerId, orderType, billingMode, page[0], page[1]),
            l -> l.customerId() + "/" + l.period() + "/" + l.productCode() + "/" + l.specCode() + "/" + l.billingMode() + "/" + l.orderType() + "/" + l.kind());

    public String getPeriod() {
        if (period == null) {
            period = YearMonth.from(clock.now().atZone(PlatformClock.ZONE)).toString();
        }
        return period;
    }

    public void buildAll() {
        int[] n = new int[1];
        if (console.act(() -> n[0] = bills.buildAll(getPeriod()), null)) {
            console.info("bill.built");
        }
    }

    public PagedModel<BillView.Line> getRows() { return rows; }
    public void setPeriod(String v) { period = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getOrderType() { return orderType; }
    public void setOrderType(String v) { orderType = v; }
    public String getBillingMode() { return billingMode; }
    public void setBillingMode(String v) { billingMode = v; }
}
