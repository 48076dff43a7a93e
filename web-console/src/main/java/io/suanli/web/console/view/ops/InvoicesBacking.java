package io.suanli.web.console.view.ops;

import io.suanli.core.service.application.InvoiceService;
import io.suanli.core.service.application.InvoiceView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.Download;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * {@code /console/ops/invoices.xhtml} (O6, SPEC §11): finance's invoice requests — filtered by status (pending first),
 * type, customer, request or invoice number and request dates, exported to Excel — and the review of one, opened in
 * full: issue it (number, date; courier and tracking number for paper), reject it with a reason, or record a
 * red-letter invoice against an issued one.
 */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient ConsoleBean console;

    private String status = "PENDING";
    private String type;
    private Long customerId;
    private String invoiceNo;
    private LocalDate from;
    private LocalDate to;
    private InvoiceView selected;
    private String invoiceNumber;
    private LocalDate issuedOn;
    private String courier;
    private String trackingNo;
    private String reason;
    private String redNumber;
    private String redAmount;
    private final PagedModel<InvoiceView> rows = new PagedModel<>(page -> invoices.list(status, type, customerId, invoiceNo, from, to, page[0], page[1]),
            InvoiceView::invoiceNo);

    /** Opens a request in full for its review. */
    public void select(InvoiceView v) {
        if (console.act(() -> selected = invoices.of(v.invoiceNo()), null)) {
            invoiceNumber = null;
            issuedOn = null;
            courier = null;
            trackingNo = null;
            reason = null;
            redNumber = null;
            redAmount = null;
        }
    }

    public void approve() {
        review(() -> selected = invoices.approve(selected.invoiceNo(), invoiceNumber, issuedOn, courier, trackingNo), "invoice.approvedMessage");
    }

    public void reject() {
        review(() -> selected = invoices.reject(selected.invoiceNo(), reason), "invoice.rejectedMessage");
    }

    public void redLetter() {
        review(() -> selected = invoices.redLetter(selected.invoiceNo(), redNumber, redAmount, issuedOn, reason), "invoice.redLetterMessage");
    }

    private void review(Runnable useCase, String done) {
        console.act(useCase, done);
    }

    public StreamedContent getExport() {
        byte[][] xlsx = new byte[1][];
        return console.act(() -> xlsx[0] = invoices.export(status, type, customerId, invoiceNo, from, to, console.getLocale()), null)
                ? Download.xlsx("invoices.xlsx", xlsx[0]) : null;
    }

    public PagedModel<InvoiceView> getRows() { return rows; }
    public InvoiceView getSelected() { return selected; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getInvoiceNo() { return invoiceNo; }
    public void setInvoiceNo(String v) { invoiceNo = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String v) { invoiceNumber = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public String getCourier() { return courier; }
    public void setCourier(String v) { courier = v; }
    public String getTrackingNo() { return trackingNo; }
    public void setTrackingNo(String v) { trackingNo = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getRedNumber() { return redNumber; }
    public void setRedNumber(String v) { redNumber = v; }
    public String getRedAmount() { return redAmount; }
    public void setRedAmount(String v) { redAmount = v; }
}
