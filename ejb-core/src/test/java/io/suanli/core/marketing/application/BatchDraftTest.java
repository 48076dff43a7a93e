package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.AutoGrant;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.Coupon;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch as operations enter it: each bad value a keyed error; percentages entered as percent, kept as rates. */
class BatchDraftTest {

    static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-08-01T00:00:00Z");

    static BatchDraft coupon(String amountOff, String percentOff, String threshold, Integer quantity, Instant to) {
        return new BatchDraft("COUPON", "券", quantity, null, amountOff, percentOff, null, threshold, null, null, null, null, null, null,
                FROM, to);
    }

    static String key(BatchDraft d) {
        return assertThrows(SuanliException.class, () -> BatchService.batch(1, d)).key();
    }

    @Test
    void aGoodCouponAndCashCoupon() {
        Batch b = BatchService.batch(1, coupon("500", null, "5000", 20, TO));
        assertEquals(Coupon.Kind.AMOUNT_OFF, b.couponKind());
        assertEquals(Money.of("500.00"), b.amountOff());
        assertEquals(1, b.perCustomer());
        Batch p = BatchService.batch(1, coupon(null, "12.5", null, 20, TO));
        assertEquals(new BigDecimal("0.1250"), p.percentOff());
        assertEquals("12.5", BatchService.percentOf(p.percentOff()).toPlainString());
        Batch c = BatchService.batch(1, new BatchDraft("deduction_cash_coupon", "抵扣", 5, 2, null, null, null, null, null, "300.00", true,
                null, "modelarts-dedicated", null, FROM, TO));
        assertEquals(BatchKind.DEDUCTION_CASH_COUPON, c.kind());
        assertEquals(2, c.perCustomer());
        assertEquals("modelarts-dedicated", c.conditions().productCode());
    }

    @Test
    void badInputIsRefusedWithItsKey() {
        assertEquals("marketing.couponAmountAboveThreshold", key(coupon("200", null, "100", 20, TO)));
        assertEquals("marketing.percentOffInvalid", key(coupon(null, "101", null, 20, TO)));
        assertEquals("marketing.percentOffInvalid", key(coupon(null, "100", null, 20, TO)));
        assertEquals("marketing.percentOffInvalid", key(coupon(null, "0", null, 20, TO)));
        assertEquals("marketing.percentOffInvalid", key(coupon(null, "12.345", null, 20, TO)));
        assertEquals("marketing.couponValueOneOf", key(coupon("5", "10", "100", 20, TO)));
        assertEquals("marketing.couponValueOneOf", key(coupon(null, null, "100", 20, TO)));
        assertEquals("marketing.quantityInvalid", key(coupon("5", null, "100", 0, TO)));
        assertEquals("validation.required", key(coupon("5", null, "100", null, TO)));
        assertEquals("marketing.validityInvalid", key(coupon("5", null, "100", 20, FROM.minusSeconds(1))));
        assertEquals("validation.required", key(coupon("5", null, "100", 20, null)));
        assertEquals("marketing.amountInvalid", key(coupon("5.001", null, "100", 20, TO)));
        assertEquals("marketing.batchKindInvalid", key(new BatchDraft("VOUCHER", "x", 1, null, null, null, null, null, null, null, null,
                null, null, null, FROM, TO)));
        assertEquals("marketing.autoGrantOnInvalid", key(auto("BIRTHDAY", null)));
        assertEquals("marketing.autoGrantMinRequired", key(auto("FIRST_RECHARGE", null)));
        assertEquals("marketing.autoGrantMinRequired", key(auto("FIRST_RECHARGE", "0")));
        assertEquals("marketing.autoGrantMinOnlyRecharge", key(auto("VERIFIED", "100")));
        assertEquals("marketing.autoGrantMinOnlyRecharge", key(auto(null, "100")));
        assertEquals("marketing.amountInvalid", key(auto("FIRST_RECHARGE", "1,000")));
        assertEquals("validation.required", key(new BatchDraft("DEDUCTION_CASH_COUPON", "x", 1, null, null, null, null, null, null, null,
                null, null, null, null, FROM, TO)));
    }

    static BatchDraft auto(String on, String min) {
        return new BatchDraft("COUPON", "x", 10, null, "5", null, null, "10", null, null, null, null, null, null, FROM, TO, on, min);
    }

    @Test
    void aBatchMayGrantItselfOnAnEvent() {
        assertNull(BatchService.batch(1, auto(null, null)).autoGrant());
        AutoGrant v = BatchService.batch(1, auto(" verified ", null)).autoGrant();
        assertEquals(AutoGrant.Trigger.VERIFIED, v.on());
        assertTrue(v.firesOn(AutoGrant.Trigger.VERIFIED, null));
        assertFalse(v.firesOn(AutoGrant.Trigger.REGISTERED, null));
        AutoGrant r = BatchService.batch(1, auto("FIRST_RECHARGE", "1000")).autoGrant();
        assertEquals(Money.of("1000.00"), r.minRecharge());
        assertTrue(r.firesOn(AutoGrant.Trigger.FIRST_RECHARGE, Money.of("1000.00")));
        assertFalse(r.firesOn(AutoGrant.Trigger.FIRST_RECHARGE, Money.of("999.99")));
        assertFalse(r.firesOn(AutoGrant.Trigger.FIRST_RECHARGE, null));
        assertEquals("auto:FIRST_RECHARGE", r.actor());
    }

    static BatchDraft recharge(Integer quantity, String productCode, String autoGrantOn) {
        return new BatchDraft("RECHARGE_CASH_COUPON", "充值券", quantity, null, null, null, null, null, null, "100.00", null, null, productCode,
                null, FROM, TO, autoGrantOn, null);
    }

    @Test
    void aRechargeBatchIsAFaceValueWithoutScopeOrAutomaticGrant() {
        Batch b = BatchService.batch(1, recharge(20_000, null, null));
        assertTrue(b.kind().byCodes());
        assertEquals(Money.of("100.00"), b.value());
        assertEquals("marketing.quantityInvalid", key(recharge(20_001, null, null)));
        assertEquals("marketing.rechargeHasNoScope", key(recharge(5, "modelarts-dedicated", null)));
        assertEquals("marketing.rechargeByCodes", key(recharge(5, null, "REGISTERED")));
        assertEquals("validation.required", key(new BatchDraft("RECHARGE_CASH_COUPON", "x", 5, null, null, null, null, null, null, null, null,
                null, null, null, FROM, TO)));
    }

    @Test
    void aBatchsCodesAreExportedOnceCountingItsWholeQuantity() {
        io.suanli.core.marketing.infrastructure.BatchRow row = new io.suanli.core.marketing.infrastructure.BatchRow(
                BatchService.batch(7, recharge(3, null, null)), FROM, "ops");
        assertEquals(3, row.exportCodes(FROM.plusSeconds(60), "ops"));
        assertEquals(3, row.granted());
        SuanliException again = assertThrows(SuanliException.class, () -> row.exportCodes(FROM.plusSeconds(120), "ops2"));
        assertEquals("marketing.codesExportedAlready", again.key());
        assertEquals(409, again.httpStatus());
        assertEquals(FROM.plusSeconds(60), row.codesExportedAt());
    }

    @Test
    void anActivityPackHasNoValueOfItsOwn() {
        BatchDraft pack = new BatchDraft("ACTIVITY_PACK", "新客礼包", 100, null, null, null, null, null, null, null, null, null, null, null, FROM, TO,
                "REGISTERED", null, java.util.List.of(new PackItem(1L, 2)));
        Batch b = BatchService.batch(1, pack);
        assertTrue(b.kind().isPack());
        assertNull(b.value());
        assertEquals(AutoGrant.Trigger.REGISTERED, b.autoGrant().on(), "a pack may grant itself on an event");
        assertEquals("marketing.packHasNoValue", key(new BatchDraft("ACTIVITY_PACK", "x", 100, null, null, null, null, null, null, "5.00", null, null,
                null, null, FROM, TO)));
        assertEquals("marketing.packHasNoValue", key(new BatchDraft("ACTIVITY_PACK", "x", 100, null, null, null, null, null, null, null, null, null,
                "modelarts-dedicated", null, FROM, TO)));
        assertEquals(io.suanli.core.marketing.domain.GrantState.Status.USED,
                io.suanli.core.marketing.domain.GrantState.granted(b).status(), "delivered at once: its items are the usable grants");
    }
}
