package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.suanli.core.marketing.domain.Orders.AT;
import static io.suanli.core.marketing.domain.Orders.cash;
import static io.suanli.core.marketing.domain.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CashCouponsTest {

    private static final Instant DAY5 = AT.plusSeconds(5 * 86400);
    private static final Instant DAY10 = AT.plusSeconds(10 * 86400);

    @Test
    void theSoonestExpiringIsUsedFirstAndTheLastOnlyInPart() {
        CashCoupons.Allocation a = CashCoupons.allocate(Money.of("150.00"),
                List.of(cash(1, "100.00", null), cash(2, "100.00", DAY10), cash(3, "100.00", DAY5)), AT);
        assertEquals(List.of(new CashCoupons.Use(3L, Money.of("100.00")), new CashCoupons.Use(2L, Money.of("50.00"))), a.uses());
        assertEquals(Money.ZERO, a.remainingDue());
        assertEquals(Money.of("150.00"), a.total());
    }

    @Test
    void neverMoreThanTheirBalancesTheRestStaysDue() {
        CashCoupons.Allocation a = CashCoupons.allocate(Money.of("500.00"), List.of(cash(1, "120.00", DAY5), cash(2, "180.00", null)), AT);
        assertEquals(Money.of("300.00"), a.total());
        assertEquals(Money.of("200.00"), a.remainingDue());
    }

    @Test
    void equalExpiryGoesByIdAndNoExpiryComesLast() {
        CashCoupons.Allocation a = CashCoupons.allocate(Money.of("250.00"),
                List.of(cash(9, "100.00", null), cash(5, "100.00", DAY5), cash(4, "100.00", DAY5)), AT);
        assertEquals(List.of(4L, 5L, 9L), a.uses().stream().map(CashCoupons.Use::couponId).toList());
    }

    @Test
    void expiredEmptyOrNotYetValidCouponsAreSkipped() {
        DeductionCoupon expired = cash(1, "100.00", AT);
        DeductionCoupon empty = new DeductionCoupon(2L, Money.of("100.00"), Money.ZERO, null, null, false);
        DeductionCoupon later = new DeductionCoupon(3L, Money.of("100.00"), Money.of("100.00"), new Validity(DAY5, null), null, false);
        CashCoupons.Allocation a = CashCoupons.allocate(Money.of("50.00"), List.of(expired, empty, later), AT);
        assertTrue(a.uses().isEmpty());
        assertEquals(Money.of("50.00"), a.remainingDue());
    }

    @Test
    void nothingDueUsesNothing() {
        assertTrue(CashCoupons.allocate(Money.ZERO, List.of(cash(1, "100.00", null)), AT).uses().isEmpty());
    }

    @Test
    void payAsYouGoOnlyWhenTheCouponAllowsIt() {
        Candidate payg = order().billingMode(Candidate.PAYG).build();
        assertFalse(cash(1, "100.00", null).usableFor(payg));
        assertTrue(new DeductionCoupon(1L, Money.of("100.00"), Money.of("100.00"), null, null, true).usableFor(payg));
        assertTrue(cash(1, "100.00", null).usableFor(order().build()));
    }

    @Test
    void usableOnlyForTheOrdersItsConditionsAllow() {
        DeductionCoupon gpu = new DeductionCoupon(1L, Money.of("100.00"), Money.of("100.00"), null, Orders.FULL, false);
        assertTrue(gpu.usableFor(order().build()));
        assertFalse(gpu.usableFor(order().category("CPU").build()));
    }

    @Test
    void aFaceValueMustBePositiveAndTheBalanceWithinIt() {
        assertEquals("marketing.cashCouponFaceInvalid", assertThrows(SuanliException.class,
                () -> new DeductionCoupon(1L, Money.ZERO, Money.ZERO, null, null, false)).key());
        assertEquals("marketing.cashCouponBalanceInvalid", assertThrows(SuanliException.class,
                () -> new DeductionCoupon(1L, Money.of("100.00"), Money.of("100.01"), null, null, false)).key());
        assertEquals("marketing.cashCouponBalanceInvalid", assertThrows(SuanliException.class,
                () -> new DeductionCoupon(1L, Money.of("100.00"), Money.of("-0.01"), null, null, false)).key());
    }
}
