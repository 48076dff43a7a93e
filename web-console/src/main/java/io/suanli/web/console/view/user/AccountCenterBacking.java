package io.suanli.web.console.view.user;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.AccountView;
import io.suanli.core.billing.application.CashCouponService;
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

/** {@code /console/user/account.xhtml}: the account center (U8) — balances, cash-coupon redemption, transaction details. */
@Named
@ViewScoped
public class AccountCenterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CashCouponService coupons;

    @Inject
    transient ConsoleBean console;

    private AccountView account;
    private final TransactionFilter filter = new TransactionFilter();
    private LazyDataModel<TransactionView> rows;
    private String couponCode;

    @PostConstruct
    void load() {
        account = accounts.mine();
        rows = filter.model((q, page) -> accounts.myTransactions(q, page[0], page[1]));
    }

    public void redeem() {
        char[] code = couponCode == null ? new char[0] : couponCode.toCharArray();
        if (console.act(() -> coupons.redeem(code), "account.couponRedeemed")) {
            couponCode = null;
            account = accounts.mine();
        }
    }

    public StreamedContent getExport() {
        byte[] xlsx = accounts.exportMine(filter.query(), console.getLocale());
        return DefaultStreamedContent.builder().name("transactions.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public AccountView getAccount() { return account; }
    public TransactionFilter getFilter() { return filter; }
    public LazyDataModel<TransactionView> getRows() { return rows; }
    public String getCouponCode() { return couponCode; }
    public void setCouponCode(String v) { couponCode = v; }
}
