package io.suanli.web.console.view.common;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.MoneyText;

import java.math.BigDecimal;
import java.text.MessageFormat;

/** What a coupon is worth as people read it, for batches and for a customer's coupons: 满 ¥500.00 减 ¥100.00, 8.5 折… */
public final class CouponText {

    private CouponText() {
    }

    /** A coupon's worth: its threshold when there is one, then the amount off, or the percentage off with its cap. */
    public static String worth(ConsoleBean console, String couponKind, Money amountOff, BigDecimal percentOff, Money maxOff, Money threshold) {
        String prefix = threshold == null || threshold.isZero() ? ""
                : MessageFormat.format(console.text("marketing.value.threshold"), MoneyText.display(threshold));
        if ("PERCENT_OFF".equals(couponKind)) {
            return prefix + MessageFormat.format(console.text("marketing.value.percent"), percentOff.stripTrailingZeros().toPlainString())
                    + (maxOff == null ? "" : MessageFormat.format(console.text("marketing.value.cap"), MoneyText.display(maxOff)));
        }
        return prefix + MessageFormat.format(console.text("marketing.value.amount"), MoneyText.display(amountOff));
    }
}
