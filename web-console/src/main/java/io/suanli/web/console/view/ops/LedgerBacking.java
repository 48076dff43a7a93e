package io.suanli.web.console.view.ops;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.AccountView;
import io.suanli.core.billing.application.Reconciliation;
import io.suanli.core.billing.application.RechargeService;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.TransactionFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * {@code /console/ops/ledger.xhtml}: the platform ledger for finance (O4) — every customer's lines with the same
 * filters as the transaction details, Excel export —, the offline recharge or correction of one account, and the
 * daily channel reconciliation (what the channels confirmed against the ledger's online recharges).
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient RechargeService recharges;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient ConsoleBean console;

    private final TransactionFilter filter = new TransactionFilter();
    private LazyDataModel<TransactionView> rows;
    private Long customerId;
    private AccountView account;
    private String direction = "CREDIT";
    private String amount;
    private String channel = "BANK_TRANSFER";
    private String reason;
    private String creditLimit;
    private LocalDate reconciliationDay;
    private Reconciliation reconciliation;
    private String freezeAmount;
    private String freezeReason;
    private java.util.List<io.suanli.core.billing.application.FreezeView> freezes = java.util.List.of();

    @PostConstruct
    void load() {
        rows = filter.model((q, page) -> accounts.ledger(q, page[0], page[1]));
    }

    public void showAccount() {
        account = null;
        freezes = java.util.List.of();
        if (customerId != null && console.act(() -> account = accounts.of(customerId), null) && console.may("ops.finance.adjust")) {
            freezes = accounts.openFreezes(customerId);
        }
    }

    public void freeze() {
        if (console.act(() -> accounts.freeze(customerId == null ? -1 : customerId, freezeAmount, freezeReason), "ledger.frozen")) {
            freezeAmount = null;
            freezeReason = null;
            showAccount();
        }
    }

    public void release(String reference) {
        if (console.act(() -> accounts.unfreeze(customerId == null ? -1 : customerId, reference), "ledger.released")) {
            showAccount();
        }
    }

    public String getFreezeAmount() { return freezeAmount; }
    public void setFreezeAmount(String v) { freezeAmount = v; }
    public String getFreezeReason() { return freezeReason; }
    public void setFreezeReason(String v) { freezeReason = v; }
    public java.util.List<io.suanli.core.billing.application.FreezeView> getFreezes() { return freezes; }

    public void adjust() {
        if (console.act(() -> accounts.adjust(customerId == null ? -1 : customerId, direction, amount, channel, reason), "ledger.adjusted")) {
            amount = null;
            reason = null;
            showAccount();
        }
    }

    public void setCredit() {
        if (console.act(() -> account = accounts.setCreditLine(customerId == null ? -1 : customerId, creditLimit), "ledger.creditSet")) {
            creditLimit = null;
        }
    }

    public StreamedContent getExport() {
        byte[] xlsx = accounts.exportLedger(filter.query(), console.getLocale());
        return DefaultStreamedContent.builder().name("ledger.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** The filtered lines' totals per channel, shown above the ledger. */
    public java.util.List<io.suanli.core.billing.application.ChannelTotal> getChannelTotals() {
        return accounts.channelTotals(filter.query());
    }

    /** The reconciliation of the chosen day (today at first). */
    public void reconcile() {
        if (reconciliationDay == null) {
            reconciliationDay = clock.today();
        }
        reconciliation = recharges.reconciliation(reconciliationDay);
    }

    public Reconciliation getReconciliation() {
        if (reconciliation == null) {
            reconcile();
        }
        return reconciliation;
    }

    public LocalDate getReconciliationDay() { return reconciliationDay; }
    public void setReconciliationDay(LocalDate v) { reconciliationDay = v; }
    public TransactionFilter getFilter() { return filter; }
    public LazyDataModel<TransactionView> getRows() { return rows; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public AccountView getAccount() { return account; }
    public String getDirection() { return direction; }
    public void setDirection(String v) { direction = v; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getCreditLimit() { return creditLimit; }
    public void setCreditLimit(String v) { creditLimit = v; }
}
