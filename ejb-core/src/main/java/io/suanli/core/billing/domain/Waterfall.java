package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a charge is split over the balances (§8): the waterfall takes the cash-coupon balance, then cash, then
 * available credit; a chosen account must cover it alone. Never more than what is available.
 */
public final class Waterfall {

    private Waterfall() {
    }

    /** The amount taken from each balance, in waterfall order; refused when the balances cannot cover it. */
    public static Map<SubAccount, Money> split(Money amount, PayFrom from, Money cashCoupon, Money cash, Money creditAvailable) {
        if (!amount.isPositive()) {
            throw new SuanliException("money.notPositive", amount.toString());
        }
        List<SubAccount> order = switch (from) {
            case AUTO -> List.of(SubAccount.CASH_COUPON, SubAccount.CASH, SubAccount.CREDIT);
            case CASH -> List.of(SubAccount.CASH);
            case CREDIT -> List.of(SubAccount.CREDIT);
            case CASH_COUPON -> List.of(SubAccount.CASH_COUPON);
        };
        Map<SubAccount, Money> available = Map.of(SubAccount.CASH_COUPON, nonNegative(cashCoupon), SubAccount.CASH, nonNegative(cash),
                SubAccount.CREDIT, nonNegative(creditAvailable));
        Map<SubAccount, Money> taken = new LinkedHashMap<>();
        Money left = amount;
        for (SubAccount a : order) {
            if (left.isZero()) {
                break;
            }
            Money take = available.get(a).compareTo(left) >= 0 ? left : available.get(a);
            if (take.isPositive()) {
                taken.put(a, take);
                left = left.minus(take);
            }
        }
        if (left.isPositive()) {
            throw new SuanliException("account.insufficientFunds", amount.toString(), left.toString());
        }
        return taken;
    }

    private static Money nonNegative(Money m) {
        return m.isNegative() ? Money.ZERO : m;
    }
}
