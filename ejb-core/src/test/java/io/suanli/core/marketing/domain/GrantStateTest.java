package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The moves of a grant: a coupon serves one order, a cash coupon's balance serves orders until spent. */
class GrantStateTest {

    static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-08-01T00:00:00Z");
    static final Validity VALID = new Validity(FROM, TO);

    static Batch coupon() {
        return new Batch(1, BatchKind.COUPON, "满5000减500", 20, 1, Coupon.Kind.AMOUNT_OFF, Money.of("500.00"), null, null,
                Money.of("5000.00"), true, null, false, null, VALID);
    }

    static Batch cash() {
        return new Batch(2, BatchKind.DEDUCTION_CASH_COUPON, "300 元抵扣券", 20, 1, null, null, null, null, null, true,
                Money.of("300.00"), false, null, VALID);
    }

    @Test
    void aCouponIsHeldThenUsedOrGivenBackAndNeverHeldTwice() {
        GrantState s = GrantState.granted(coupon());
        GrantState held = s.hold(Money.of("500.00"));
        assertEquals(GrantState.Status.HELD, held.status());
        assertEquals("marketing.couponHeld", assertThrows(SuanliException.class, () -> held.hold(Money.of("500.00"))).key());
        assertEquals(GrantState.Status.AVAILABLE, held.giveBack(Money.of("500.00")).status());
        GrantState used = held.use();
        assertEquals(GrantState.Status.USED, used.status());
        assertEquals("marketing.couponUsed", assertThrows(SuanliException.class, () -> used.hold(Money.of("500.00"))).key());
        assertEquals("marketing.couponUsed", assertThrows(SuanliException.class, used::use).key());
        // a rejected order gives back what it used
        assertEquals(GrantState.Status.AVAILABLE, used.giveBack(Money.of("500.00")).status());
        assertEquals("marketing.couponNotHeld", assertThrows(SuanliException.class, () -> s.giveBack(Money.ZERO)).key());
    }

    @Test
    void aCashCouponsBalanceIsTakenAndGivenBackToTheFen() {
        GrantState s = GrantState.granted(cash());
        assertEquals(Money.of("300.00"), s.balance());
        GrantState part = s.hold(Money.of("120.01"));
        assertEquals(Money.of("179.99"), part.balance());
        assertEquals(GrantState.Status.AVAILABLE, part.status());
        assertEquals("marketing.cashCouponBalanceShort", assertThrows(SuanliException.class, () -> part.hold(Money.of("180.00"))).key());
        GrantState spent = part.hold(Money.of("179.99"));
        assertEquals(GrantState.Status.USED, spent.status());
        assertEquals(Money.ZERO, spent.balance());
        assertEquals(spent, spent.use());
        GrantState back = spent.giveBack(Money.of("179.99"));
        assertEquals(GrantState.Status.AVAILABLE, back.status());
        assertEquals(Money.of("179.99"), back.balance());
        assertThrows(IllegalStateException.class, () -> back.giveBack(Money.of("120.02")));
    }

    @Test
    void whatTheCustomerSeesFollowsTheValidity() {
        GrantState s = GrantState.granted(coupon());
        assertEquals(GrantState.Shown.NOT_YET_VALID, s.shown(VALID, FROM.minusSeconds(1)));
        assertEquals(GrantState.Shown.USABLE, s.shown(VALID, FROM));
        assertEquals(GrantState.Shown.EXPIRED, s.shown(VALID, TO));
        assertEquals(GrantState.Shown.HELD, s.hold(Money.of("500.00")).shown(VALID, TO));
        // given back after the end: it stays expired
        assertEquals(GrantState.Shown.EXPIRED, s.hold(Money.of("500.00")).giveBack(Money.ZERO).shown(VALID, TO.plusSeconds(60)));
    }

    @Test
    void aBatchRefusesBadValuesAndLimits() {
        assertEquals("marketing.quantityInvalid", assertThrows(SuanliException.class, () -> new Batch(1, BatchKind.COUPON, "x", 0, 1,
                Coupon.Kind.AMOUNT_OFF, Money.of("5.00"), null, null, Money.of("10.00"), true, null, false, null, VALID)).key());
        assertEquals("marketing.perCustomerInvalid", assertThrows(SuanliException.class, () -> new Batch(1, BatchKind.COUPON, "x", 2, 3,
                Coupon.Kind.AMOUNT_OFF, Money.of("5.00"), null, null, Money.of("10.00"), true, null, false, null, VALID)).key());
        assertEquals("marketing.couponAmountAboveThreshold", assertThrows(SuanliException.class, () -> new Batch(1, BatchKind.COUPON,
                "满100减200", 2, 1, Coupon.Kind.AMOUNT_OFF, Money.of("200.00"), null, null, Money.of("100.00"), true, null, false, null,
                VALID)).key());
        assertEquals("marketing.cashCouponFaceInvalid", assertThrows(SuanliException.class, () -> new Batch(1,
                BatchKind.DEDUCTION_CASH_COUPON, "x", 2, 1, null, null, null, null, null, true, Money.ZERO, false, null, VALID)).key());
        assertEquals("marketing.batchValidityRequired", assertThrows(SuanliException.class, () -> new Batch(1,
                BatchKind.DEDUCTION_CASH_COUPON, "x", 2, 1, null, null, null, null, null, true, Money.of("1.00"), false, null,
                new Validity(FROM, null))).key());
    }

    @Test
    void aPercentCouponOfABatchKeepsItsThresholdAndCap() {
        Batch b = new Batch(3, BatchKind.COUPON, "85折", 5, 1, Coupon.Kind.PERCENT_OFF, null, new java.math.BigDecimal("0.15"),
                Money.of("200.00"), Money.of("30.00"), true, null, false, null, VALID);
        Candidate c = new Candidate(1L, null, null, null, null, "ai", "p", "s", "PREPAID_MONTHLY", OrderType.NEW, 1,
                Money.of("34.90"), FROM);
        assertEquals(Money.of("5.24"), b.coupon(9).valueOn(Money.of("34.90"), false, c).amount());
        assertEquals("marketing.couponBelowThreshold", b.coupon(9).valueOn(Money.of("29.99"), false, c).refusal());
        assertEquals(Money.of("200.00"), b.coupon(9).valueOn(Money.of("9000.00"), false, c).amount());
    }
}
