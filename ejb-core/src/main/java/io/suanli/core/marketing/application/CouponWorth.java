package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.MoneyText;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a coupon or deduction cash coupon is worth as people read it, in their language, for the consoles and the batch
 * export: 满 ¥500.00 减 ¥50.00; 满 ¥1,000.00 15% 折扣,最多减 ¥200.00; 代金券 ¥300.00. {@code percentOff} is a percentage.
 */
public final class CouponWorth {

    private CouponWorth() {
    }

    public static String of(Locale locale, String kind, Money amountOff, BigDecimal percentOff, Money maxOff, Money threshold, Money faceValue) {
        if (BatchKind.DEDUCTION_CASH_COUPON.name().equals(kind)) {
            return Messages.get(locale, "marketing.worth.cash", MoneyText.display(faceValue));
        }
        if (BatchKind.RECHARGE_CASH_COUPON.name().equals(kind)) {
            return Messages.get(locale, "marketing.worth.recharge", MoneyText.display(faceValue));
        }
        String over = threshold == null || threshold.isZero() ? "" : Messages.get(locale, "marketing.worth.over", MoneyText.display(threshold));
        if (percentOff != null) {
            return over + Messages.get(locale, "marketing.worth.percent", percentOff.stripTrailingZeros().toPlainString())
                    + (maxOff == null ? "" : Messages.get(locale, "marketing.worth.cap", MoneyText.display(maxOff)));
        }
        return over + Messages.get(locale, "marketing.worth.amount", MoneyText.display(amountOff));
    }

    /** How a batch grants: by hand, on registration, on verification, on a first recharge of at least ¥1,000.00. */
    public static String granting(Locale locale, BatchView b) {
        return b.autoGrantOn() == null ? Messages.get(locale, "marketing.auto.none")
                : Messages.get(locale, "marketing.auto." + b.autoGrantOn(), b.autoGrantMinRecharge() == null ? "" : MoneyText.display(b.autoGrantMinRecharge()));
    }

    public static String of(Locale locale, BatchView b) {
        if (BatchKind.ACTIVITY_PACK.name().equals(b.kind())) {
            return Messages.get(locale, "marketing.worth.pack", String.join(", ", b.items().stream().map(i -> i.name() + " ×" + i.count()).toList()));
        }
        return of(locale, b.kind(), b.amountOff(), b.percentOff(), b.maxOff(), b.threshold(), b.faceValue());
    }
}
