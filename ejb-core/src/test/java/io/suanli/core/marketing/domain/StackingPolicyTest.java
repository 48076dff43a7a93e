package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.suanli.core.marketing.domain.Orders.bestOnly;
import static io.suanli.core.marketing.domain.Orders.customer;
import static io.suanli.core.marketing.domain.Orders.exclusive;
import static io.suanli.core.marketing.domain.Orders.platform;
import static io.suanli.core.marketing.domain.Orders.stacked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackingPolicyTest {

    private static final Money LIST = Money.of("10000.00");

    @Test
    void specExampleStackedWithFloor080MultipliesBoth() {
        StackingPolicy.Result r = stacked("0.80").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90")));
        assertEquals(Money.of("8550.00"), r.after());
        assertEquals(Money.of("1450.00"), r.discount());
        assertEquals(List.of(Money.of("500.00"), Money.of("950.00")), shares(r));
        assertFalse(r.floorBound());
    }

    @Test
    void specExampleBestOnlyTakesTheLowestRate() {
        StackingPolicy.Result r = bestOnly("0.80").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90")));
        assertEquals(Money.of("9000.00"), r.after());
        assertEquals(1, r.applied().size());
        assertEquals(2L, r.applied().get(0).discount().id());
        assertEquals(Money.of("1000.00"), r.applied().get(0).amount());
    }

    @Test
    void specExampleStackedWithFloor088StopsAtTheFloorAndTheNarrowestDiscountAbsorbsTheCut() {
        StackingPolicy.Result r = stacked("0.88").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90")));
        assertEquals(Money.of("8800.00"), r.after());
        assertEquals(List.of(Money.of("500.00"), Money.of("700.00")), shares(r));
        assertTrue(r.floorBound());
    }

    @Test
    void aFloorAboveTheFirstStepLeavesTheLaterDiscountsAZeroShare() {
        StackingPolicy.Result r = stacked("0.97").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90")));
        assertEquals(Money.of("9700.00"), r.after());
        assertEquals(List.of(Money.of("300.00"), Money.of("0.00")), shares(r));
    }

    @Test
    void sharesGoFromTheBroadestScopeWhateverTheOrderGiven() {
        StackingPolicy.Result r = stacked("0.80").apply(LIST, List.of(customer(2, "0.90"), platform(1, "0.95")));
        assertEquals(List.of(1L, 2L), r.applied().stream().map(a -> a.discount().id()).toList());
        assertEquals(List.of(Money.of("500.00"), Money.of("950.00")), shares(r));
    }

    @Test
    void sharesSumExactlyToTheDiscountTheLastAbsorbingTheRounding() {
        // 33.33 × 0.95 × 0.90 = 28.49715 → 28.50; steps: 33.33 × 0.95 = 31.6635 → 31.66 (1.67), then 31.66 → 28.50 (3.16)
        StackingPolicy.Result r = stacked("0.50").apply(Money.of("33.33"), List.of(platform(1, "0.95"), customer(2, "0.90")));
        assertEquals(Money.of("28.50"), r.after());
        assertEquals(List.of(Money.of("1.67"), Money.of("3.16")), shares(r));
        assertEquals(r.discount(), shares(r).get(0).plus(shares(r).get(1)));
    }

    @Test
    void theProductIsRoundedHalfUpOnce() {
        // 10.05 × 0.90 = 9.045 → 9.05 (half-even would give 9.04)
        assertEquals(Money.of("9.05"), stacked("0.50").apply(Money.of("10.05"), List.of(platform(1, "0.90"))).after());
        // 0.10 × 0.95 = 0.095 → 0.10: nothing off
        assertEquals(Money.of("0.10"), stacked("0.50").apply(Money.of("0.10"), List.of(platform(1, "0.95"))).after());
    }

    @Test
    void theFloorIsRoundedHalfUpToo() {
        // 10.05 × 0.85 = 8.5425 → 8.54 beats 10.05 × 0.80 = 8.04; 10.01 × 0.85 = 8.5085 → 8.51
        assertEquals(Money.of("8.54"), stacked("0.85").apply(Money.of("10.05"), List.of(platform(1, "0.80"))).after());
        assertEquals(Money.of("8.51"), stacked("0.85").apply(Money.of("10.01"), List.of(platform(1, "0.80"))).after());
    }

    @Test
    void aFloorEqualToTheDiscountDoesNotBind() {
        StackingPolicy.Result r = stacked("0.90").apply(LIST, List.of(customer(2, "0.90")));
        assertEquals(Money.of("9000.00"), r.after());
        assertFalse(r.floorBound());
    }

    @Test
    void aLowerExclusiveDiscountBeatsTheStack() {
        StackingPolicy.Result r = stacked("0.50").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90"), exclusive(3, "0.85")));
        assertEquals(Money.of("8500.00"), r.after());
        assertEquals(List.of(3L), r.applied().stream().map(a -> a.discount().id()).toList());
    }

    @Test
    void aHigherExclusiveDiscountLosesToTheStack() {
        StackingPolicy.Result r = stacked("0.50").apply(LIST, List.of(platform(1, "0.95"), customer(2, "0.90"), exclusive(3, "0.88")));
        assertEquals(Money.of("8550.00"), r.after());
        assertEquals(List.of(1L, 2L), r.applied().stream().map(a -> a.discount().id()).toList());
    }

    @Test
    void exclusiveDiscountsNeverStackWithEachOther() {
        StackingPolicy.Result r = stacked("0.50").apply(LIST, List.of(exclusive(3, "0.85"), exclusive(4, "0.88")));
        assertEquals(Money.of("8500.00"), r.after());
    }

    @Test
    void bestOnlyIgnoresTheExclusiveFlag() {
        assertEquals(Money.of("8500.00"),
                bestOnly("0.50").apply(LIST, List.of(platform(1, "0.95"), exclusive(3, "0.85"))).after());
    }

    @Test
    void withoutDiscountsTheListAmountStays() {
        StackingPolicy.Result r = stacked("0.80").apply(LIST, List.of());
        assertEquals(LIST, r.after());
        assertTrue(r.applied().isEmpty());
        assertFalse(r.floorBound());
    }

    @Test
    void aFloorOfOneAllowsNoDiscount() {
        StackingPolicy.Result r = stacked("1").apply(LIST, List.of(customer(2, "0.90")));
        assertEquals(LIST, r.after());
        assertEquals(List.of(Money.of("0.00")), shares(r));
        assertTrue(r.floorBound());
    }

    @Test
    void aFloorAboveOneOrNotAboveZeroIsRefused() {
        for (String f : List.of("1.2", "0", "-0.5")) {
            SuanliException e = assertThrows(SuanliException.class, () -> stacked(f));
            assertEquals("marketing.floorInvalid", e.key());
        }
        assertEquals("marketing.floorInvalid",
                assertThrows(SuanliException.class, () -> new StackingPolicy(StackingPolicy.Mode.STACKED, null)).key());
    }

    private static List<Money> shares(StackingPolicy.Result r) {
        return r.applied().stream().map(StackingPolicy.Applied::amount).toList();
    }
}
