package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one order that discounts, coupons and cash coupons are matched against (SPEC §9): who buys
 * (customer id, null for a visitor; the customer's province and city codes; the ids of the customer's active
 * contracts), what is bought (cloud account, category, product, spec, billing mode, order type, nodes), the list
 * amount and the quote instant.
 */
public record Candidate(Long customerId, String provinceCode, String cityCode, Set<Long> activeContractIds,
                        String cloudAccount, String categoryCode, String productCode, String specCode,
                        String billingMode, OrderType orderType, int nodes, Money listAmount, Instant at) {

    /** The billing mode of pay-as-you-go orders; every other mode is prepaid. */
    public static final String PAYG = "PAYG";

    public Candidate {
        activeContractIds = activeContractIds == null ? Set.of() : Set.copyOf(activeContractIds);
        Objects.requireNonNull(billingMode, "billingMode");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(listAmount, "listAmount");
        Objects.requireNonNull(at, "at");
    }

    public boolean prepaid() {
        return !PAYG.equals(billingMode);
    }
}
