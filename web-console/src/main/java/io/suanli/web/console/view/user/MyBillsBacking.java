package io.suanli.web.console.view.user;

import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /console/user/bills.xhtml}: the customer's bill of a month (U8), lines by product, spec and billing mode. */
@Named
@ViewScoped
public class MyBillsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient BillService bills;

    @Inject
    transient ConsoleBean console;

    private List<String> periods;
    private String period;
    private BillView bill;

    @PostConstruct
    void load() {
        periods = bills.myPeriods();
        period = periods.isEmpty() ? null : periods.get(0);
        show();
    }

    public void show() {
        bill = null;
        if (period != null) {
            console.act(() -> bill = bills.mine(period), null);
        }
    }

    /** The kept bill of the month as a PDF; nothing (and a message) when the month is not kept as a bill yet. */
    public StreamedContent getPdf() {
        BillService.Pdf[] pdf = new BillService.Pdf[1];
        if (period == null || !console.act(() -> pdf[0] = bills.myPdf(period), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(pdf[0].fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf[0].content())).build();
    }

    public List<String> getPeriods() { return periods; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public BillView getBill() { return bill; }
}
