package io.suanli.web.console.view.user;

import io.suanli.core.marketing.application.CouponService;
import io.suanli.core.marketing.application.CouponView;
import io.suanli.core.marketing.application.CouponWorth;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Set;

/**
 * {@code /console/user/coupons.xhtml}: the customer's coupons and deduction cash coupons (U3, 优惠券) in three tabs —
 * usable (also those not yet valid, and those an unpaid order holds), used, expired — each with what it is worth, what it
 * is limited to and its validity.
 */
@Named
@ViewScoped
public class MyCouponsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Set<String> OPEN = Set.of("USABLE", "HELD", "NOT_YET_VALID");

    @Inject
    transient CouponService coupons;

    @Inject
    transient ConsoleBean console;

    private List<CouponView> all;

    @PostConstruct
    void load() {
        all = coupons.mine();
    }

    public List<CouponView> getUsable() {
        return all.stream().filter(c -> OPEN.contains(c.status())).toList();
    }

    public List<CouponView> getUsed() {
        return all.stream().filter(c -> "USED".equals(c.status())).toList();
    }

    public List<CouponView> getExpired() {
        return all.stream().filter(c -> "EXPIRED".equals(c.status())).toList();
    }

    /** What the coupon is worth, as one line (满 ¥500.00 减 ¥100.00, 15 % off up to ¥200.00, cash coupon ¥300.00 left of ¥300.00). */
    public String value(CouponView c) {
        if ("DEDUCTION_CASH_COUPON".equals(c.kind())) {
            return MessageFormat.format(console.text("coupons.value.cash"), MoneyText.display(c.balance()), MoneyText.display(c.faceValue()));
        }
        return CouponWorth.of(console.getLocale(), c.kind(), c.amountOff(), c.percentOff(), c.maxOff(), c.threshold(), c.faceValue());
    }

    /** What it may pay for: a product, category or spec, pay-as-you-go hours, and whether it combines with discounts. */
    public String limits(CouponView c) {
        StringBuilder s = new StringBuilder();
        String scope = c.specCode() != null ? c.specCode() : c.productCode() != null ? c.productCode() : c.categoryCode();
        s.append(scope == null ? console.text("coupons.allProducts") : scope);
        if ("COUPON".equals(c.kind()) && !c.withDiscounts()) {
            s.append(" · ").append(console.text("coupons.notWithDiscounts"));
        }
        if (c.paygAllowed()) {
            s.append(" · ").append(console.text("coupons.payg"));
        }
        return s.toString();
    }
}
