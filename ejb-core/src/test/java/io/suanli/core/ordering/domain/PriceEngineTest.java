package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PriceEngineTest {

    @Test
    void monthlyPrepaidIsUnitPriceTimesNodesTimesMonths() {
        assertEquals(Money.of("588000.00"), PriceEngine.list(new BigDecimal("98000.00"), 2, 3));
    }

    @Test
    void yearlyPrepaid() {
        assertEquals(Money.of("999600.00"), PriceEngine.list(new BigDecimal("999600.00"), 1, 1));
        assertEquals(Money.of("3998400.00"), PriceEngine.list(new BigDecimal("999600.00"), 2, 2));
    }

    @Test
    void paygRateWithSixDecimalsRoundsHalfUpToTheFenOnce() {
        // 0.099 per GB-month × 1005 GB = 99.495 → 99.50 (half-up), not 99.49
        assertEquals(Money.of("99.50"), PriceEngine.list(new BigDecimal("0.099000"), 1005, 1));
        // 18.5 per card-hour × 3 cards × 7 h = 388.50
        assertEquals(Money.of("388.50"), PriceEngine.list(new BigDecimal("18.500000"), 3, 7));
        // 0.000125 × 1 × 1 = 0.000125 → 0.00
        assertEquals(Money.of("0.00"), PriceEngine.list(new BigDecimal("0.000125"), 1, 1));
        // 0.004999 × 1000 nodes = 4.999 → 5.00
        assertEquals(Money.of("5.00"), PriceEngine.list(new BigDecimal("0.004999"), 1000, 1));
    }

    @Test
    void discountsThenCouponAndNeverBelowZero() {
        Money list = Money.of("1000.00");
        PriceEngine.Amounts a = PriceEngine.apply(list,
                List.of(new Adjustment(Adjustment.Kind.DISCOUNT, "D1", "9折", Money.of("100.00"))),
                new Adjustment(Adjustment.Kind.COUPON, "C1", "满减", Money.of("50.00")));
        assertEquals(Money.of("100.00"), a.discount());
        assertEquals(Money.of("50.00"), a.coupon());
        assertEquals(Money.of("850.00"), a.payable());
        PriceEngine.Amounts capped = PriceEngine.apply(Money.of("30.00"), List.of(),
                new Adjustment(Adjustment.Kind.COUPON, "C2", "大额券", Money.of("50.00")));
        assertEquals(Money.of("30.00"), capped.coupon());
        assertEquals(Money.ZERO, capped.payable());
    }

    @Test
    void withoutAdjustmentsPayableIsList() {
        PriceEngine.Amounts a = PriceEngine.apply(Money.of("12.34"), List.of(), null);
        assertEquals(Money.of("12.34"), a.payable());
        assertEquals(Money.ZERO, a.discount());
        assertEquals(Money.ZERO, a.coupon());
    }

    @Test
    void nodesAndPeriodsAreBounded() {
        assertEquals("quote.nodesRange", assertThrows(SuanliException.class, () -> PriceEngine.checkNodes(0)).key());
        assertEquals("quote.nodesRange", assertThrows(SuanliException.class, () -> PriceEngine.checkNodes(null)).key());
        assertEquals("quote.nodesRange", assertThrows(SuanliException.class, () -> PriceEngine.checkNodes(1001)).key());
        assertEquals(20480, PriceEngine.checkQuantity(20480, "GB_MONTH"), "storage is bought by the GB");
        assertEquals("quote.capacityRange", assertThrows(SuanliException.class, () -> PriceEngine.checkQuantity(10_000_001, "GB_MONTH")).key());
        assertEquals("quote.nodesRange", assertThrows(SuanliException.class, () -> PriceEngine.checkQuantity(1001, "CARD_HOUR")).key());
        assertEquals(1, PriceEngine.checkPeriods("PREPAID_MONTHLY", null));
        assertEquals(36, PriceEngine.checkPeriods("PREPAID_MONTHLY", 36));
        assertEquals("quote.periodsRange", assertThrows(SuanliException.class, () -> PriceEngine.checkPeriods("PREPAID_MONTHLY", 37)).key());
        assertEquals("quote.periodsRange", assertThrows(SuanliException.class, () -> PriceEngine.checkPeriods("PREPAID_YEARLY", 6)).key());
        assertEquals("quote.periodsRange", assertThrows(SuanliException.class, () -> PriceEngine.checkPeriods("PAYG", 0)).key());
    }
}
