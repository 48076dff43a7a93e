package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.suanli.core.marketing.domain.Orders.amountOff;
import static io.suanli.core.marketing.domain.Orders.bestOnly;
import static io.suanli.core.marketing.domain.Orders.cash;
import static io.suanli.core.marketing.domain.Orders.customer;
import static io.suanli.core.marketing.domain.Orders.order;
import static io.suanli.core.marketing.domain.Orders.platform;
import static io.suanli.core.marketing.domain.Orders.stacked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckoutTest {

    private static final List<Discount> SPEC_DISCOUNTS = List.of(platform(1, "0.95"), customer(2, "0.90"));
    private static final Coupon SPEC_COUPON = amountOff(10, "5000.00", "500.00", true);
    private static final List<DeductionCoupon> SPEC_CASH = List.of(cash(20, "300.00", null));

    private static PriceBreakdown spec(StackingPolicy policy) {
        Checkout.Offer o = new Checkout(policy).price(order().build(), SPEC_DISCOUNTS, SPEC_COUPON, SPEC_CASH);
        assertTrue(o.alternative().isEmpty());
        return o.chosen();
    }

    private static void assertChain(PriceBreakdown b, String after, String afterCoupon, String payable) {
        assertEquals(Money.of("10000.00"), b.list());
        assertEquals(Money.of(after), b.afterDiscounts());
        assertEquals(Money.of(afterCoupon), b.afterCoupon());
        assertEquals(Money.of(payable), b.payable());
        assertEquals(10L, b.couponId());
        assertEquals(Money.of("500.00"), b.coupon());
        assertEquals(List.of(new CashCoupons.Use(20L, Money.of("300.00"))), b.cashCoupons());
        assertEquals(PriceBreakdown.Path.COMBINED, b.path());
    }

    @Test
    void specExampleStackedWithFloor080() {
        PriceBreakdown b = spec(stacked("0.80"));
        assertChain(b, "8550.00", "8050.00", "7750.00");
        assertEquals(Money.of("1450.00"), b.discount());
    }

    @Test
    void specExampleBestOnly() {
        assertChain(spec(bestOnly("0.80")), "9000.00", "8500.00", "8200.00");
    }

    @Test
    void specExampleStackedWithFloor088() {
        PriceBreakdown b = spec(stacked("0.88"));
        assertChain(b, "8800.00", "8300.00", "8000.00");
        assertTrue(b.floorBound());
    }

    @Test
    void discountsThatDoNotApplyAreSkipped() {
        PriceBreakdown b = new Checkout(stacked("0.80")).price(order().customer(8L).build(), SPEC_DISCOUNTS, null, List.of()).chosen();
        assertEquals(Money.of("9500.00"), b.payable());
        assertEquals(List.of(1L), b.discounts().stream().map(a -> a.discount().id()).toList());
        assertNull(b.couponRefusal());
    }

    @Test
    void aCouponNotCombinableIsTakenInsteadOfTheDiscountsWhenCheaper() {
        Checkout.Offer o = new Checkout(stacked("0.80")).price(order().list("1000.00").build(), List.of(platform(1, "0.95")),
                amountOff(10, "500.00", "200.00", false), List.of());
        assertEquals(PriceBreakdown.Path.COUPON_INSTEAD_OF_DISCOUNTS, o.chosen().path());
        assertEquals(Money.of("800.00"), o.chosen().payable());
        assertTrue(o.chosen().discounts().isEmpty());
        assertEquals(PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON, o.alternative().orElseThrow().path());
        assertEquals(Money.of("950.00"), o.alternative().orElseThrow().payable());
    }

    @Test
    void theDiscountsAreKeptInsteadOfACouponNotCombinableWhenCheaper() {
        Checkout.Offer o = new Checkout(stacked("0.50")).price(order().list("1000.00").build(), List.of(platform(1, "0.70")),
                amountOff(10, "500.00", "200.00", false), List.of());
        PriceBreakdown b = o.chosen();
        assertEquals(PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON, b.path());
        assertEquals(Money.of("700.00"), b.payable());
        assertNull(b.couponId());
        assertEquals(Money.ZERO, b.coupon());
        assertEquals("marketing.couponNotWithDiscounts", b.couponRefusal());
        assertEquals(Money.of("800.00"), o.alternative().orElseThrow().payable());
    }

    @Test
    void onATieTheDiscountsAreKeptAndTheCouponStaysUnused() {
        Checkout.Offer o = new Checkout(stacked("0.50")).price(order().list("1000.00").build(), List.of(platform(1, "0.80")),
                amountOff(10, "500.00", "200.00", false), List.of());
        assertEquals(PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON, o.chosen().path());
        assertEquals(Money.of("800.00"), o.alternative().orElseThrow().payable());
    }

    @Test
    void aCouponNotCombinableIsSimplyUsedWhenNoDiscountApplies() {
        Checkout.Offer o = new Checkout(stacked("0.80")).price(order().customer(8L).list("1000.00").build(), List.of(customer(2, "0.90")),
                amountOff(10, "500.00", "200.00", false), List.of());
        assertEquals(PriceBreakdown.Path.COMBINED, o.chosen().path());
        assertEquals(Money.of("800.00"), o.chosen().payable());
        assertTrue(o.alternative().isEmpty());
    }

    @Test
    void aCouponNotCombinableThatFailsOnTheListLeavesOnlyTheDiscounts() {
        Checkout.Offer o = new Checkout(stacked("0.80")).price(order().list("400.00").build(), List.of(platform(1, "0.95")),
                amountOff(10, "500.00", "200.00", false), List.of());
        assertEquals(PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON, o.chosen().path());
        assertEquals("marketing.couponBelowThreshold", o.chosen().couponRefusal());
        assertEquals(Money.of("380.00"), o.chosen().payable());
        assertTrue(o.alternative().isEmpty());
    }

    @Test
    void aCouponBelowItsThresholdAfterDiscountsIsNotUsed() {
        PriceBreakdown b = new Checkout(stacked("0.80")).price(order().list("5000.00").build(), SPEC_DISCOUNTS, SPEC_COUPON, List.of()).chosen();
        assertEquals(Money.of("4275.00"), b.payable());
        assertEquals("marketing.couponBelowThreshold", b.couponRefusal());
        assertNull(b.couponId());
    }

    @Test
    void aPayAsYouGoOrderTakesDiscountsButNoCouponAndOnlyCashCouponsThatAllowIt() {
        DeductionCoupon payg = new DeductionCoupon(21L, Money.of("50.00"), Money.of("50.00"), null, null, true);
        PriceBreakdown b = new Checkout(stacked("0.80")).price(order().billingMode(Candidate.PAYG).list("1000.00").build(),
                List.of(platform(1, "0.95")), amountOff(10, "500.00", "100.00", true), List.of(cash(20, "300.00", null), payg)).chosen();
        assertEquals("marketing.couponPrepaidOnly", b.couponRefusal());
        assertEquals(List.of(new CashCoupons.Use(21L, Money.of("50.00"))), b.cashCoupons());
        assertEquals(Money.of("900.00"), b.payable());
    }

    @Test
    void whenTheCouponTakesEverythingNoCashCouponIsUsed() {
        PriceBreakdown b = new Checkout(stacked("0.80")).price(order().list("500.00").build(), List.of(),
                amountOff(10, "500.00", "500.00", true), SPEC_CASH).chosen();
        assertEquals(Money.ZERO, b.payable());
        assertTrue(b.cashCoupons().isEmpty());
        assertEquals(Money.ZERO, b.cashCouponTotal());
    }

    @Test
    void cashCouponsPayAtMostWhatIsLeft() {
        PriceBreakdown b = new Checkout(stacked("0.80")).price(order().list("200.00").build(), List.of(), null, SPEC_CASH).chosen();
        assertEquals(List.of(new CashCoupons.Use(20L, Money.of("200.00"))), b.cashCoupons());
        assertEquals(Money.ZERO, b.payable());
    }
}
