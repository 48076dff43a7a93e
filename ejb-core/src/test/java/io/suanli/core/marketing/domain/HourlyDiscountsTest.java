package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SPEC §9 for pay-as-you-go: each hour is priced with the discounts in force in that hour, by the same engine as a quote. */
class HourlyDiscountsTest {

    private static final Instant H0 = Instant.parse("2026-07-01T00:00:00Z");

    private static Instant hour(int n) {
        return H0.plus(Duration.ofHours(n));
    }

    private static Candidate hour(int n, String list) {
        return Orders.order().billingMode(Candidate.PAYG).at(hour(n)).list(list).build();
    }

    private static Discount valid(Discount d, Instant from, Instant to) {
        return new Discount(d.id(), d.name(), d.rate(), d.scope(), d.exclusive(), d.conditions(), new Validity(from, to));
    }

    @Test
    void eachHourTakesTheDiscountsValidAndNotEndedAtItsStart() {
        Discount platform = valid(Orders.platform(1, "0.95"), hour(1), null);
        Discount mine = Orders.customer(2, "0.90");
        List<HourlyDiscounts.Dated> ds = List.of(new HourlyDiscounts.Dated(platform, null), new HourlyDiscounts.Dated(mine, hour(3)));
        List<Money> d = HourlyDiscounts.of(Orders.stacked("0.80"), ds,
                List.of(hour(0, "100.00"), hour(1, "100.00"), hour(2, "100.00"), hour(3, "100.00")));
        // hour 0: customer only (platform not yet valid); 1–2: both stacked 0.855; 3: the customer discount ended at 03:00
        assertEquals(List.of(Money.of("10.00"), Money.of("14.50"), Money.of("14.50"), Money.of("5.00")), d);
    }

    @Test
    void theStackingPolicyAndTheFloorApplyPerHourRoundedHalfUpToTheFen() {
        List<HourlyDiscounts.Dated> ds = List.of(new HourlyDiscounts.Dated(Orders.platform(1, "0.85"), null),
                new HourlyDiscounts.Dated(Orders.customer(2, "0.90"), null));
        // 34.90 × 0.85 = 29.665 → 29.67: the discount is 5.23, never 5.24 (Lago's off-by-one-fen)
        assertEquals(List.of(Money.of("5.23")), HourlyDiscounts.of(Orders.bestOnly("0.10"), List.of(ds.get(0)), List.of(hour(0, "34.90"))));
        // stacked 0.765 → floor 0.80 binds: 34.90 × 0.80 = 27.92
        assertEquals(List.of(Money.of("6.98")), HourlyDiscounts.of(Orders.stacked("0.80"), ds, List.of(hour(0, "34.90"))));
        // best only: 0.85 wins
        assertEquals(List.of(Money.of("5.23")), HourlyDiscounts.of(Orders.bestOnly("0.80"), ds, List.of(hour(0, "34.90"))));
        // a fen hour: 0.01 × 0.85 = 0.0085 → 0.01, no discount
        assertEquals(List.of(Money.ZERO), HourlyDiscounts.of(Orders.bestOnly("0.10"), ds, List.of(hour(0, "0.01"))));
    }

    @Test
    void conditionsHoldPerHourAndOtherCustomersOrModesGetNothing() {
        Discount prepaidOnly = new Discount(3L, "prepaid", new BigDecimal("0.50"), Scope.platform(), false,
                new Conditions(null, null, null, null, Set.of("PREPAID_MONTHLY"), Set.of(), null, null), null);
        Discount bigHours = new Discount(4L, "big hours", new BigDecimal("0.80"), Scope.platform(), false,
                new Conditions(null, null, null, null, Set.of(Candidate.PAYG), Set.of(), null, Money.of("50.00")), null);
        Discount someoneElse = new Discount(5L, "other", new BigDecimal("0.10"), Scope.customer(99L), false, null, null);
        List<HourlyDiscounts.Dated> ds = List.of(new HourlyDiscounts.Dated(prepaidOnly, null), new HourlyDiscounts.Dated(bigHours, null),
                new HourlyDiscounts.Dated(someoneElse, null));
        assertEquals(List.of(Money.ZERO, Money.of("10.00")),
                HourlyDiscounts.of(Orders.stacked("0.10"), ds, List.of(hour(0, "49.99"), hour(1, "50.00"))));
    }
}
