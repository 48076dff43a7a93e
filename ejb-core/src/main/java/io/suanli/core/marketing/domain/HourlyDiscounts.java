package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The discounts of pay-as-you-go hours (SPEC §9: a PAYG hour is rated with the discounts in force in that hour). Each
 * hour is a candidate of its own, at its start and with its list amount: the discounts valid then, not yet ended then,
 * whose scope and conditions hold, combined by the stacking policy with its floor, exactly as a quote is. An hour
 * is one purchase of the resource's NEW order; ending a discount stops it from then on, never for hours before.
 */
public final class HourlyDiscounts {

    private HourlyDiscounts() {
    }

    /** A discount with the instant operations ended it (null while it runs). */
    public record Dated(Discount discount, Instant endedAt) {

        boolean inForceAt(Instant hour) {
            return (endedAt == null || hour.isBefore(endedAt)) && discount.validity().contains(hour);
        }
    }

    /** What the discounts take off each hour's list amount, in the order of {@code hours}. */
    public static List<Money> of(StackingPolicy policy, List<Dated> discounts, List<Candidate> hours) {
        List<Money> out = new ArrayList<>(hours.size());
        for (Candidate h : hours) {
            List<Discount> applicable = discounts.stream().filter(d -> d.inForceAt(h.at()) && d.discount().appliesTo(h))
                    .map(Dated::discount).toList();
            out.add(applicable.isEmpty() ? Money.ZERO : policy.apply(h.listAmount(), applicable).discount());
        }
        return out;
    }
}
