package io.suanli.core.ordering.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.SpecPrice;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote service calls every price adjuster, discounts before the coupon, and keeps the price version. */
class QuoteServiceTest {

    final List<String> calls = new ArrayList<>();

    /** The contract terms the quote sees (none unless a test puts some). */
    final List<io.suanli.core.shared.domain.ContractTerms> inForce = new ArrayList<>();

    QuoteService service(List<PriceAdjuster> installed) {
        QuoteService s = new QuoteService() {
            @Override
            Iterable<PriceAdjuster> adjusters() {
                return installed;
            }

            @Override
            Iterable<io.suanli.core.shared.domain.ContractTerms> contractTerms() {
                return inForce;
            }

            @Override
            Long customerId() {
                return 1000001L;
            }
        };
        s.clock = new PlatformClock();
        s.catalog = new CatalogService() {
            @Override
            public SpecPrice priceFor(String specCode, String billingMode, boolean preview) {
                return new SpecPrice(specCode, "modelarts-dedicated", "ai-compute", "MODELARTS_DEDICATED_POOL", 4520001L, billingMode,
                        "MONTH", new BigDecimal("98000.000000"));
            }
        };
        return s;
    }

    PriceAdjuster adjuster(String name, Money discount, String couponCode, Money coupon) {
        return new PriceAdjuster() {
            @Override
            public List<Adjustment> discounts(QuoteContext q) {
                calls.add(name + ".discounts(" + q.customerId() + "," + q.listAmount() + ")");
                return discount == null ? List.of() : List.of(new Adjustment(Adjustment.Kind.DISCOUNT, name, name, discount));
            }

            @Override
            public Optional<List<Adjustment>> checkout(QuoteContext q, Choice choice) {
                calls.add(name + ".checkout(" + choice.couponCode() + ")");
                if (!choice.couponCode().equals(couponCode)) {
                    return Optional.empty();
                }
                List<Adjustment> chain = new ArrayList<>(discounts(q));
                chain.add(new Adjustment(Adjustment.Kind.COUPON, couponCode, couponCode, coupon));
                chain.add(new Adjustment(Adjustment.Kind.CASH_COUPON, "77", "cash", Money.of("300.00")));
                return Optional.of(chain);
            }
        };
    }

    @Test
    void withoutAdjustersTheListAmountIsPayable() {
        Quote q = service(List.of()).quote(new QuoteRequest("ma-ded-910b-8", 2, "PREPAID_MONTHLY", 3, null), false);
        assertEquals(Money.of("588000.00"), q.listAmount());
        assertEquals(Money.of("588000.00"), q.payableAmount());
        assertEquals(4520001L, q.priceVersionId());
    }

    @Test
    void aContractInForceGivesItsUnitPriceTheLowestOfTwo() {
        inForce.add(terms(new BigDecimal("90000.000000")));
        inForce.add(terms(new BigDecimal("85000.000000")));
        Quote q = service(List.of()).quote(new QuoteRequest("ma-ded-910b-8", 2, "PREPAID_MONTHLY", 3, null), false);
        assertEquals(0, new BigDecimal("85000").compareTo(q.unitPrice()));
        assertEquals(Money.of("510000.00"), q.listAmount(), "85,000 × 2 nodes × 3 months");
    }

    static io.suanli.core.shared.domain.ContractTerms terms(BigDecimal unit) {
        return new io.suanli.core.shared.domain.ContractTerms() {
            @Override
            public java.util.Optional<BigDecimal> unitPrice(long customerId, String specCode, String billingMode, java.time.Instant at) {
                return customerId == 1000001L && specCode.equals("ma-ded-910b-8") && billingMode.equals("PREPAID_MONTHLY")
                        ? java.util.Optional.of(unit) : java.util.Optional.empty();
            }

            @Override
            public java.util.Set<Long> inForce(long customerId, java.time.Instant at) {
                return java.util.Set.of();
            }
        };
    }

    @Test
    void withoutACouponEveryAdjustersDiscountsCount() {
        QuoteService s = service(List.of(adjuster("a", Money.of("8000.00"), null, null), adjuster("b", Money.of("100.00"), "SAVE100", null)));
        Quote q = s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 1, null), false);
        assertEquals(List.of("a.discounts(1000001,98000.00)", "b.discounts(1000001,98000.00)"), calls);
        assertEquals(Money.of("8100.00"), q.discountAmount());
        assertEquals(Money.of("89900.00"), q.payableAmount());
    }

    @Test
    void aChosenCouponTakesTheWholeChainOfTheFirstAdjusterThatKnowsIt() {
        QuoteService s = service(List.of(adjuster("a", Money.of("8000.00"), null, null), adjuster("b", Money.of("2000.00"), "SAVE100",
                Money.of("100.00"))));
        Quote q = s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 1, "SAVE100"), false);
        assertEquals(List.of("a.checkout(SAVE100)", "b.checkout(SAVE100)", "b.discounts(1000001,98000.00)"), calls);
        assertEquals(Money.of("2000.00"), q.discountAmount());
        assertEquals(Money.of("100.00"), q.couponAmount());
        assertEquals(Money.of("300.00"), q.cashCouponAmount());
        assertEquals(Money.of("95600.00"), q.payableAmount());
        assertEquals(3, q.adjustments().size());
    }

    @Test
    void anUnknownCouponIsRefused() {
        QuoteService s = service(List.of(adjuster("a", null, "X", Money.of("1.00"))));
        assertEquals("quote.couponUnknown", assertThrows(SuanliException.class,
                () -> s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 1, "NOPE"), false)).key());
    }

    @Test
    void badRequestsAreRefusedBeforeAnyPriceIsLookedUp() {
        QuoteService s = service(List.of());
        assertEquals("quote.nodesRange", assertThrows(SuanliException.class,
                () -> s.quote(new QuoteRequest("ma-ded-910b-8", 0, "PREPAID_MONTHLY", 1, null), false)).key());
        assertEquals("validation.required", assertThrows(SuanliException.class,
                () -> s.quote(new QuoteRequest(" ", 1, "PREPAID_MONTHLY", 1, null), false)).key());
        assertEquals("quote.periodsRange", assertThrows(SuanliException.class,
                () -> s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 0, null), false)).key());
        assertTrue(calls.isEmpty());
    }

    @Test
    void adjustersSeeTheOrderTypeAndStepsKeepSourceAndRate() {
        List<String> seen = new ArrayList<>();
        PriceAdjuster a = new PriceAdjuster() {
            @Override
            public List<Adjustment> discounts(QuoteContext q) {
                seen.add(q.orderType());
                return List.of(new Adjustment(Adjustment.Kind.DISCOUNT, "DISCOUNT-7", "platform", Money.of("4900.00"), "PLATFORM",
                        new BigDecimal("0.95")));
            }

            @Override
            public Optional<List<Adjustment>> checkout(QuoteContext q, Choice choice) {
                return Optional.empty();
            }
        };
        QuoteService s = service(List.of(a));
        s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 1, null), false);
        Quote q = s.quote(new QuoteRequest("ma-ded-910b-8", 1, "PREPAID_MONTHLY", 1, null), false,
                io.suanli.core.ordering.domain.OrderType.RENEW);
        assertEquals(List.of("NEW", "RENEW"), seen);
        assertEquals(Money.of("93100.00"), q.payableAmount());
        assertEquals("PLATFORM", q.adjustments().get(0).source());
        assertEquals(new BigDecimal("0.95"), q.adjustments().get(0).rate());
    }
}
