package io.suanli.web.console.view.user;

import io.suanli.core.service.application.InvoiceForm;
import io.suanli.core.service.application.InvoiceService;
import io.suanli.core.service.application.InvoiceView;
import io.suanli.core.service.application.InvoiceableView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /console/user/invoices.xhtml} (U10, SPEC §11): what the customer may invoice (with 欠票 shown as a debt), the
 * request form — title and taxpayer id are the verified ones, shown, not typed; bank fields for a special invoice; a
 * mailing address when paper is wanted — and its requests with their state, a pending one cancellable.
 */
@Named
@ViewScoped
public class MyInvoicesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient ConsoleBean console;

    private InvoiceableView figures;
    private String type = "NORMAL";
    private String amount;
    private String email;
    private String bankName;
    private String bankAccount;
    private String address;
    private String phone;
    private boolean paper;
    private String mailTo;
    private String status;
    private final PagedModel<InvoiceView> rows = new PagedModel<>(page -> invoices.mine(status, page[0], page[1]), InvoiceView::invoiceNo);

    @PostConstruct
    void load() {
        refresh();
    }

    private void refresh() {
        console.act(() -> figures = invoices.invoiceable(), null);
    }

    /** Sends the request; on success the form empties and the figures follow, on error everything typed stays. */
    public void request() {
        InvoiceForm form = new InvoiceForm(type, null, null, amount, email, bankName, bankAccount, address, phone, paper ? mailTo : null);
        if (console.act(() -> invoices.request(form), "invoice.requested")) {
            amount = null;
            mailTo = null;
            paper = false;
            refresh();
        }
    }

    public void cancel(InvoiceView v) {
        if (console.act(() -> invoices.cancel(v.invoiceNo()), "invoice.cancelled")) {
            refresh();
        }
    }

    public InvoiceableView getFigures() { return figures; }
    public PagedModel<InvoiceView> getRows() { return rows; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public boolean isSpecial() { return "SPECIAL".equals(type); }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getBankName() { return bankName; }
    public void setBankName(String v) { bankName = v; }
    public String getBankAccount() { return bankAccount; }
    public void setBankAccount(String v) { bankAccount = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public boolean isPaper() { return paper; }
    public void setPaper(boolean v) { paper = v; }
    public String getMailTo() { return mailTo; }
    public void setMailTo(String v) { mailTo = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
}
