package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderDiscountTest {

    static Adjustment discount(String id, String source, String rate, String amount) {
        return new Adjustment(Adjustment.Kind.DISCOUNT, id, "d" + id, Money.of(amount), source, new BigDecimal(rate));
    }

    @Test
    void oneLinePerDiscountStepInQuoteOrderSummingToTheDiscountAmount() {
        // SPEC §9's example as the price engine applies it: list 10,000.00, platform 0.95, customer 0.90, a coupon after them
        PriceEngine.Amounts a = PriceEngine.apply(Money.of("10000.00"),
                List.of(discount("11", "PLATFORM", "0.9500", "500.00"), discount("12", "CUSTOMER", "0.9000", "950.00")),
                new Adjustment(Adjustment.Kind.COUPON, "C1", "coupon", Money.of("100.00")));
        List<OrderDiscount> lines = OrderDiscount.lines(7L, a.discount(), a.steps());
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).lineNo());
        assertEquals("PLATFORM", lines.get(0).source());
        assertEquals("11", lines.get(0).discountId());
        assertEquals(new BigDecimal("0.9500"), lines.get(0).rate());
        assertEquals(Money.of("500.00"), lines.get(0).amount());
        assertEquals(2, lines.get(1).lineNo());
        assertEquals("CUSTOMER", lines.get(1).source());
        assertEquals(Money.of("950.00"), lines.get(1).amount());
        assertEquals(7L, lines.get(1).orderId());
        assertEquals(a.discount(), lines.get(0).amount().plus(lines.get(1).amount()));
    }

    @Test
    void noDiscountNoLines() {
        assertTrue(OrderDiscount.lines(7L, Money.ZERO, List.of()).isEmpty());
        assertTrue(OrderDiscount.lines(7L, Money.ZERO, null).isEmpty());
        assertTrue(OrderDiscount.lines(7L, Money.ZERO,
                List.of(new Adjustment(Adjustment.Kind.COUPON, "C1", "coupon", Money.of("100.00")))).isEmpty());
    }

    @Test
    void aStepWithoutSourceOrRateKeepsThemUnknown() {
        List<OrderDiscount> lines = OrderDiscount.lines(7L, Money.of("5.00"),
                List.of(new Adjustment(Adjustment.Kind.DISCOUNT, "X", "x", Money.of("5.00"))));
        assertNull(lines.get(0).source());
        assertNull(lines.get(0).rate());
    }

    @Test
    void linesThatDoNotSumToTheDiscountAmountAreRefused() {
        assertThrows(IllegalStateException.class, () -> OrderDiscount.lines(7L, Money.of("1200.00"),
                List.of(discount("11", "PLATFORM", "0.95", "500.00"), discount("12", "CUSTOMER", "0.90", "950.00"))));
        assertThrows(IllegalStateException.class, () -> OrderDiscount.lines(7L, Money.of("1.00"), List.of()));
    }
}
