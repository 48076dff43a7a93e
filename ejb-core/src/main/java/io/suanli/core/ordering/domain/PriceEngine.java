package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a price (§8): list amount = unit price × nodes × periods, rounded half-up to the fen once;
 * then discounts, then the coupon, then deduction cash coupons, each capped so the payable amount never goes below zero.
 */
public final class PriceEngine {

    public static final int MAX_NODES = 1000;
    /** Storage is sold by the GB: up to 10 PB in one purchase. */
    public static final int MAX_GB = 10_000_000;

    private PriceEngine() {
    }

    /** The periods a billing mode allows: months 1–36, years 1–5, pay-as-you-go usage units 1–8784 (an hour-year). */
    public static int checkPeriods(String billingMode, Integer periods) {
        int p = periods == null ? 1 : periods;
        int max = switch (billingMode) {
            case "PREPAID_MONTHLY" -> 36;
            case "PREPAID_YEARLY" -> 5;
            default -> 8784;
        };
        if (p < 1 || p > max) {
            throw new SuanliException("quote.periodsRange", 1, max);
        }
        return p;
    }

    public static int checkNodes(Integer nodes) {
        return checkQuantity(nodes, "NODE_HOUR");
    }

    /** Nodes (1–1000), or for prices per GB the capacity in GB (1–10,000,000). */
    public static int checkQuantity(Integer quantity, String unit) {
        boolean byCapacity = unit != null && unit.startsWith("GB_");
        int max = byCapacity ? MAX_GB : MAX_NODES;
        if (quantity == null || quantity < 1 || quantity > max) {
            throw new SuanliException(byCapacity ? "quote.capacityRange" : "quote.nodesRange", 1, max);
        }
        return quantity;
    }

    public static Money list(BigDecimal unitPrice, int nodes, int periods) {
        if (unitPrice.signum() <= 0) {
            throw new IllegalArgumentException("unit price must be positive");
        }
        return Money.of(unitPrice.multiply(BigDecimal.valueOf(nodes)).multiply(BigDecimal.valueOf(periods)));
    }

    /** The amounts after discounts and coupon; each step is capped at what is left to pay. */
    public static Amounts apply(Money list, List<Adjustment> discounts, Adjustment coupon) {
        List<Adjustment> steps = new ArrayList<>(discounts);
        if (coupon != null) {
            steps.add(coupon);
        }
        return apply(list, steps);
    }

    /**
     * The amounts after the steps of a checkout, which come in chain order (discounts, the coupon, the deduction cash
     * coupons); each step is capped at what is left to pay, so the payable amount is never below zero.
     */
    public static Amounts apply(Money list, List<Adjustment> steps) {
        Money left = list;
        Money[] byKind = {Money.ZERO, Money.ZERO, Money.ZERO};
        List<Adjustment> applied = new ArrayList<>();
        int last = 0;
        int coupons = 0;
        for (Adjustment a : steps) {
            coupons += a.kind() == Adjustment.Kind.COUPON ? 1 : 0;
            if (a.kind().ordinal() < last || coupons > 1) {
                throw new IllegalArgumentException("steps out of chain order or a second coupon: " + steps);
            }
            last = a.kind().ordinal();
            Money take = capped(a.amount(), left);
            left = left.minus(take);
            byKind[last] = byKind[last].plus(take);
            applied.add(a.withAmount(take));
        }
        return new Amounts(list, byKind[0], byKind[1], byKind[2], left, applied);
    }

    private static Money capped(Money wanted, Money left) {
        if (wanted.isNegative()) {
            throw new IllegalArgumentException("an adjustment cannot raise the price");
        }
        return wanted.compareTo(left) > 0 ? left : wanted;
    }

    /** List, discount, coupon, cash coupon and payable amounts, and the steps as applied. */
    public record Amounts(Money list, Money discount, Money coupon, Money cashCoupon, Money payable, List<Adjustment> steps) {
    }
}
