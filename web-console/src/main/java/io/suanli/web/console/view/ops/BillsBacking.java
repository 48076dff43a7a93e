package io.suanli.web.console.view.ops;

import io.suanli.core.billing.application.BillRunService;
import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * {@code /console/ops/bills.xhtml}: bills for finance (O4) — lines across customers filtered by period, customer, order
 * type and billing mode, with the discount column; start the monthly bill run of the period (the batch job) and
 * follow it; download one customer's bill as a PDF.
 */
@Named
@ViewScoped
public class BillsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient BillService bills;

    @Inject
    transient BillRunService runs;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient ConsoleBean console;

    private String period;
    private Long customerId;
    private String orderType;
    private String billingMode;
    private BillRunService.Run run;
    private final PagedModel<BillView.Line> rows = new PagedModel<>(page -> bills.lines(period, customerId, orderType, billingMode, page[0], page[1]),
            l -> l.customerId() + "/" + l.period() + "/" + l.productCode() + "/" + l.specCode() + "/" + l.billingMode() + "/" + l.orderType() + "/" + l.kind());

    public String getPeriod() {
        if (period == null) {
            period = YearMonth.from(clock.now().atZone(PlatformClock.ZONE)).toString();
        }
        return period;
    }

    /** Starts the monthly bill run (the batch job) of the period. */
    public void buildAll() {
        BillRunService.Run[] r = new BillRunService.Run[1];
        if (console.act(() -> r[0] = runs.start(getPeriod(), null, null), null)) {
            run = r[0];
            console.info("bill.runStarted");
        }
    }

    /** The last run started here, as the job repository now sees it. */
    public void refreshRun() {
        if (run != null) {
            console.act(() -> run = runs.run(run.executionId()), null);
        }
    }

    /** One customer's kept bill of the period as a PDF (customer id and period filled in). */
    public StreamedContent getPdf() {
        if (customerId == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, console.text("bill.pdfCustomer"), null));
            return null;
        }
        BillService.Pdf[] pdf = new BillService.Pdf[1];
        if (!console.act(() -> pdf[0] = bills.pdfOf(customerId, getPeriod()), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(pdf[0].fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf[0].content())).build();
    }

    public BillRunService.Run getRun() { return run; }

    public PagedModel<BillView.Line> getRows() { return rows; }
    public void setPeriod(String v) { period = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getOrderType() { return orderType; }
    public void setOrderType(String v) { orderType = v; }
    public String getBillingMode() { return billingMode; }
    public void setBillingMode(String v) { billingMode = v; }
}
