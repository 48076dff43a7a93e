package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.Scope;
import io.suanli.core.marketing.domain.StackingPolicy;
import io.suanli.core.ordering.application.QuoteContext;
import io.suanli.core.ordering.domain.PriceEngine;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The marketing discounts as price-engine steps: shares per discount that the engine sums to exactly list − after. */
class MarketingPriceAdjusterTest {

    static final Money LIST = Money.of("10000.00");
    static final Instant AT = Instant.parse("2026-07-01T00:00:00Z");
    final Discount platform = new Discount(1L, "platform", new BigDecimal("0.95"), Scope.platform(), false, null, null);
    final Discount customer = new Discount(2L, "customer", new BigDecimal("0.90"), Scope.customer(1000001L), false, null, null);

    Money payable(StackingPolicy p) {
        List<Adjustment> steps = MarketingPriceAdjuster.adjustments(p, LIST, List.of(customer, platform));
        PriceEngine.Amounts a = PriceEngine.apply(LIST, steps, null);
        assertEquals(LIST.minus(a.payable()), a.discount());
        return a.payable();
    }

    @Test
    void stackedDiscountsGiveOneStepEachSummingToTheDiscount() {
        List<Adjustment> steps = MarketingPriceAdjuster.adjustments(new StackingPolicy(StackingPolicy.Mode.STACKED, new BigDecimal("0.80")),
                LIST, List.of(customer, platform));
        assertEquals(2, steps.size());
        assertEquals("1", steps.get(0).code());
        assertEquals("PLATFORM", steps.get(0).source());
        assertEquals(new BigDecimal("0.95"), steps.get(0).rate());
        assertEquals(Money.of("500.00"), steps.get(0).amount());
        assertEquals("CUSTOMER", steps.get(1).source());
        assertEquals(Money.of("950.00"), steps.get(1).amount());
        PriceEngine.Amounts a = PriceEngine.apply(LIST, steps, null);
        assertEquals(Money.of("1450.00"), a.discount());
        assertEquals(Money.of("8550.00"), a.payable());
    }

    @Test
    void theSpecExampleUnderEachPolicy() {
        assertEquals(Money.of("8550.00"), payable(new StackingPolicy(StackingPolicy.Mode.STACKED, new BigDecimal("0.80"))));
        assertEquals(Money.of("9000.00"), payable(new StackingPolicy(StackingPolicy.Mode.BEST_ONLY, new BigDecimal("0.80"))));
        assertEquals(Money.of("8800.00"), payable(new StackingPolicy(StackingPolicy.Mode.STACKED, new BigDecimal("0.88"))));
    }

    @Test
    void theSeededPolicyChangesNoPriceWithoutDiscounts() {
        assertTrue(MarketingPriceAdjuster.adjustments(new StackingPolicy(StackingPolicy.Mode.BEST_ONLY, new BigDecimal("0.01")), LIST,
                List.of()).isEmpty());
    }

    @Test
    void aQuoteBecomesACandidateWithoutRegionOrContracts() {
        QuoteContext q = new QuoteContext(1000001L, "s", "p", "c", "t", "PREPAID_MONTHLY", 1, 1, LIST, AT, "RENEW");
        var c = MarketingPriceAdjuster.candidate(q);
        assertEquals(io.suanli.core.marketing.domain.OrderType.RENEW, c.orderType());
        assertNull(c.provinceCode());
        assertFalse(new Discount(3L, "region", new BigDecimal("0.80"), Scope.region("110000"), false, null, null).appliesTo(c),
                "REGION discounts never apply until quotes know the customer's region");
        assertTrue(customer.appliesTo(c));
        assertNull(MarketingPriceAdjuster.candidate(new QuoteContext(1L, "s", "p", "c", "t", "PREPAID_MONTHLY", 1, 1, LIST, AT, "UNSUBSCRIBE")));
    }
}
