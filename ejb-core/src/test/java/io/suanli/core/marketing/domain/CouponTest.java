package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static io.suanli.core.marketing.domain.Orders.amountOff;
import static io.suanli.core.marketing.domain.Orders.order;
import static io.suanli.core.marketing.domain.Orders.percentOff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CouponTest {

    private static final Candidate ORDER = order().build();

    private static Money value(Coupon c, String base) {
        Coupon.Valuation v = c.valueOn(Money.of(base), false, ORDER);
        assertTrue(v.applies(), v.refusal());
        return v.amount();
    }

    private static String refusal(Coupon c, String base, boolean discounted, Candidate order) {
        Coupon.Valuation v = c.valueOn(Money.of(base), discounted, order);
        assertFalse(v.applies());
        assertEquals(Money.ZERO, v.amount());
        return v.refusal();
    }

    @Test
    void amountOffTakesItsAmountFromTheThresholdOn() {
        assertEquals(Money.of("500.00"), value(amountOff(1, "5000.00", "500.00", true), "8550.00"));
    }

    @Test
    void anAmountExactlyAtTheThresholdQualifiesAndAFenLessDoesNot() {
        Coupon c = amountOff(1, "5000.00", "500.00", true);
        assertEquals(Money.of("500.00"), value(c, "5000.00"));
        assertEquals("marketing.couponBelowThreshold", refusal(c, "4999.99", false, ORDER));
    }

    @Test
    void aCouponAsLargeAsWhatIsLeftTakesItAllAndNoMore() {
        assertEquals(Money.of("500.00"), value(amountOff(1, "500.00", "500.00", true), "500.00"));
    }

    @Test
    void percentOffRoundsHalfUpOnTheExactProduct() {
        // Lago's float bug gave 5.23; 34.90 × 0.15 = 5.235 → 5.24
        assertEquals(Money.of("5.24"), value(percentOff(2, "0.15", null), "34.90"));
        // 0.05 × 0.10 = 0.005 → 0.01
        assertEquals(Money.of("0.01"), value(percentOff(2, "0.10", null), "0.05"));
        // 0.04 × 0.10 = 0.004 → 0.00
        assertEquals(Money.of("0.00"), value(percentOff(2, "0.10", null), "0.04"));
    }

    @Test
    void percentOffStopsAtItsCap() {
        Coupon c = percentOff(2, "0.15", "100.00");
        assertEquals(Money.of("100.00"), value(c, "1000.00"));
        assertEquals(Money.of("99.00"), value(c, "660.00"));
        assertEquals(Money.of("100.00"), value(c, "666.67"));
    }

    @Test
    void percentOffWithAThresholdNeedsIt() {
        Coupon c = new Coupon(2L, "P2", Coupon.Kind.PERCENT_OFF, Money.of("100.00"), null, new BigDecimal("0.10"), null, true,
                Scope.platform(), null, null);
        assertEquals(Money.of("10.00"), value(c, "100.00"));
        assertEquals("marketing.couponBelowThreshold", refusal(c, "99.99", false, ORDER));
    }

    @Test
    void onlyPrepaidOrders() {
        assertEquals("marketing.couponPrepaidOnly",
                refusal(amountOff(1, "100.00", "10.00", true), "500.00", false, order().billingMode(Candidate.PAYG).build()));
    }

    @Test
    void onlyWithinItsValidity() {
        Instant to = Orders.AT;
        Coupon c = Coupon.amountOff(1L, "C1", Money.of("100.00"), Money.of("10.00"), true, Scope.platform(), null,
                new Validity(to.minusSeconds(3600), to));
        assertEquals("marketing.couponNotValid", refusal(c, "500.00", false, ORDER));
        assertTrue(c.valueOn(Money.of("500.00"), false, order().at(to.minusNanos(1)).build()).applies());
    }

    @Test
    void onlyInItsScopeAndConditions() {
        Coupon other = Coupon.amountOff(1L, "C1", Money.of("100.00"), Money.of("10.00"), true, Scope.customer(8L), null, null);
        assertEquals("marketing.couponOutOfScope", refusal(other, "500.00", false, ORDER));
        Coupon gpu = Coupon.amountOff(1L, "C1", Money.of("100.00"), Money.of("10.00"), true, Scope.platform(), Orders.FULL, null);
        assertEquals("marketing.couponOutOfScope", refusal(gpu, "500.00", false, order().category("CPU").build()));
    }

    @Test
    void aCouponNotCombinableIsRefusedAfterDiscounts() {
        Coupon c = amountOff(1, "100.00", "10.00", false);
        assertEquals("marketing.couponNotWithDiscounts", refusal(c, "500.00", true, ORDER));
        assertEquals(Money.of("10.00"), value(c, "500.00"));
    }

    @Test
    void anAmountAboveTheThresholdIsRefused() {
        assertEquals("marketing.couponAmountAboveThreshold",
                assertThrows(SuanliException.class, () -> amountOff(1, "100.00", "200.00", true)).key());
    }

    @Test
    void anAmountOffNeedsAPositiveAmountAndAThreshold() {
        assertEquals("marketing.couponAmountInvalid", assertThrows(SuanliException.class, () -> amountOff(1, "100.00", "0.00", true)).key());
        assertEquals("marketing.couponThresholdRequired", assertThrows(SuanliException.class,
                () -> Coupon.amountOff(1L, "C1", null, Money.of("10.00"), true, Scope.platform(), null, null)).key());
        assertEquals("marketing.couponThresholdInvalid", assertThrows(SuanliException.class,
                () -> Coupon.amountOff(1L, "C1", Money.of("-1.00"), Money.of("10.00"), true, Scope.platform(), null, null)).key());
    }

    @Test
    void aRateOffOfOneOrMoreOrZeroIsRefused() {
        for (String p : new String[] {"1.5", "1", "0"}) {
            assertEquals("marketing.couponPercentInvalid", assertThrows(SuanliException.class, () -> percentOff(2, p, null)).key());
        }
    }

    @Test
    void aCapMustBePositive() {
        assertEquals("marketing.couponCapInvalid", assertThrows(SuanliException.class, () -> percentOff(2, "0.15", "0.00")).key());
    }
}
