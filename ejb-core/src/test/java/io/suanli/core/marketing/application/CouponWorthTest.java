package io.suanli.core.marketing.application;

import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CouponWorthTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void eachKindReadsAsPeopleSayIt() {
        assertEquals("满 ¥500.00 减 ¥50.00", CouponWorth.of(ZH, "COUPON", Money.of("50.00"), null, null, Money.of("500.00"), null));
        assertEquals("减 ¥50.00", CouponWorth.of(ZH, "COUPON", Money.of("50.00"), null, null, Money.ZERO, null));
        assertEquals("满 ¥1,000.00 15% 折扣,最多减 ¥200.00",
                CouponWorth.of(ZH, "COUPON", null, new BigDecimal("15.00"), Money.of("200.00"), Money.of("1000.00"), null));
        assertEquals("代金券 ¥300.00", CouponWorth.of(ZH, "DEDUCTION_CASH_COUPON", null, null, null, null, Money.of("300.00")));
        assertEquals("over ¥500.00, ¥50.00 off", CouponWorth.of(Locale.ENGLISH, "COUPON", Money.of("50.00"), null, null, Money.of("500.00"), null));
        assertEquals("12.5 % off, at most ¥80.00", CouponWorth.of(Locale.ENGLISH, "COUPON", null, new BigDecimal("12.50"), Money.of("80.00"), null, null));
    }
}
