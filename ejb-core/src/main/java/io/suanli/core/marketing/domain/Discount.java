package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A discount (折扣, SPEC §9): the price is multiplied by a rate r in (0, 1] (0.90 = 10 % off) for the orders in
 * its scope that meet its conditions within its validity. An {@code exclusive} discount never stacks with others.
 */
public record Discount(Long id, String name, BigDecimal rate, Scope scope, boolean exclusive,
                       Conditions conditions, Validity validity) {

    public Discount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new SuanliException("marketing.rateInvalid", rate);
        }
        conditions = conditions == null ? Conditions.ANY : conditions;
        validity = validity == null ? Validity.ALWAYS : validity;
    }

    /** Whether all its conditions hold for the order at the order's quote instant. */
    public boolean appliesTo(Candidate c) {
        return validity.contains(c.at()) && scope.covers(c) && conditions.holdFor(c);
    }
}
