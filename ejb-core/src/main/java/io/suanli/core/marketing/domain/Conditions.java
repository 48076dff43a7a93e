package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.util.Set;

/**
 * The optional order conditions of a discount, coupon or cash coupon (SPEC §9); a null or empty condition always
 * holds. All the given ones must hold: cloud account, product category, product, spec, one of the billing modes,
 * one of the order types, at least {@code minNodes} nodes and a list amount of at least {@code minListAmount}.
 */
public record Conditions(String cloudAccount, String categoryCode, String productCode, String specCode,
                         Set<String> billingModes, Set<OrderType> orderTypes, Integer minNodes, Money minListAmount) {

    /** No condition: holds for every order. */
    public static final Conditions ANY = new Conditions(null, null, null, null, Set.of(), Set.of(), null, null);

    public Conditions {
        billingModes = billingModes == null ? Set.of() : Set.copyOf(billingModes);
        orderTypes = orderTypes == null ? Set.of() : Set.copyOf(orderTypes);
        if (minNodes != null && minNodes < 1) {
            throw new SuanliException("marketing.minNodesInvalid", minNodes);
        }
        if (minListAmount != null && minListAmount.isNegative()) {
            throw new SuanliException("marketing.minListAmountInvalid", minListAmount);
        }
    }

    public boolean holdFor(Candidate c) {
        return matches(cloudAccount, c.cloudAccount()) && matches(categoryCode, c.categoryCode())
                && matches(productCode, c.productCode()) && matches(specCode, c.specCode())
                && (billingModes.isEmpty() || billingModes.contains(c.billingMode()))
                && (orderTypes.isEmpty() || orderTypes.contains(c.orderType()))
                && (minNodes == null || c.nodes() >= minNodes)
                && (minListAmount == null || c.listAmount().compareTo(minListAmount) >= 0);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
