package io.suanli.web.console.view.user;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.AccountView;
import io.suanli.core.billing.application.CashCouponService;
import io.suanli.core.billing.application.RechargeService;
import io.suanli.core.billing.application.RechargeView;
import io.suanli.core.marketing.application.CouponService;
import io.suanli.core.shared.application.QrSvg;
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
import java.util.List;

/**
 * {@code /console/user/account.xhtml}: the account center (U8) — balances, online recharge (amount, channel, QR code,
 * then the page polls until the channel confirms), cash-coupon redemption, transaction details.
 */
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
    transient RechargeService recharges;

    @Inject
    transient CouponService myCoupons;

    @Inject
    transient ConsoleBean console;

    private AccountView account;
    private final TransactionFilter filter = new TransactionFilter();
    private LazyDataModel<TransactionView> rows;
    private String couponCode;
    private List<String> channels;
    private String rechargeAmount;
    private String rechargeChannel;
    private RechargeView recharge;
    private List<RechargeView> recentRecharges;
    private Long usableCoupons;

    @PostConstruct
    void load() {
        account = accounts.mine();
        rows = filter.model((q, page) -> accounts.myTransactions(q, page[0], page[1]));
        channels = recharges.channels();
        rechargeChannel = channels.isEmpty() ? null : channels.get(0);
        recentRecharges = recharges.myRecharges(0, 5).rows();
    }

    /** Creates the recharge and shows its QR code; the page then polls {@link #checkRecharge}. */
    public void recharge() {
        RechargeView[] made = new RechargeView[1];
        if (console.act(() -> made[0] = recharges.create(rechargeAmount, rechargeChannel), null)) {
            recharge = made[0];
            recentRecharges = recharges.myRecharges(0, 5).rows();
        }
    }

    /** Asks where the shown recharge stands (the channel is asked too): paid → balances and lines refresh. */
    public void checkRecharge() {
        if (recharge == null || !recharge.pending()) {
            return;
        }
        RechargeView[] now = new RechargeView[1];
        if (console.act(() -> now[0] = recharges.mine(recharge.rechargeNo()), null)) {
            recharge = now[0];
            if (!recharge.pending()) {
                account = accounts.mine();
                recentRecharges = recharges.myRecharges(0, 5).rows();
                org.primefaces.PrimeFaces.current().ajax().update("accountForm:balances", "accountForm:transactions");
                console.info("PAID".equals(recharge.status()) ? "recharge.paid" : "recharge.expired");
                if ("PAID".equals(recharge.status())) {
                    rechargeAmount = null;
                }
            }
        }
    }

    public void closeRecharge() {
        recharge = null;
    }

    public String getRechargeQr() {
        if (recharge == null) {
            return "";
        }
        return QrSvg.of(recharge.qrCode() != null ? recharge.qrCode() : recharge.payUrl());
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

    /** How many coupons and cash coupons the customer can use now (read once per view, only where the page shows it). */
    public long getUsableCoupons() {
        if (usableCoupons == null) {
            usableCoupons = myCoupons.usableCount();
        }
        return usableCoupons;
    }

    public AccountView getAccount() { return account; }
    public TransactionFilter getFilter() { return filter; }
    public LazyDataModel<TransactionView> getRows() { return rows; }
    public String getCouponCode() { return couponCode; }
    public void setCouponCode(String v) { couponCode = v; }
    public List<String> getChannels() { return channels; }
    public String getRechargeAmount() { return rechargeAmount; }
    public void setRechargeAmount(String v) { rechargeAmount = v; }
    public String getRechargeChannel() { return rechargeChannel; }
    public void setRechargeChannel(String v) { rechargeChannel = v; }
    public RechargeView getRecharge() { return recharge; }
    public List<RechargeView> getRecentRecharges() { return recentRecharges; }
}
