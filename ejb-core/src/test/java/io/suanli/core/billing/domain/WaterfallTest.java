package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WaterfallTest {

    static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void cashCouponThenCashThenCredit() {
        Map<SubAccount, Money> split = Waterfall.split(m("120.00"), PayFrom.AUTO, m("10.00"), m("50.00"), m("100.00"));
        assertEquals(List.of(SubAccount.CASH_COUPON, SubAccount.CASH, SubAccount.CREDIT), List.copyOf(split.keySet()));
        assertEquals(m("10.00"), split.get(SubAccount.CASH_COUPON));
        assertEquals(m("50.00"), split.get(SubAccount.CASH));
        assertEquals(m("60.00"), split.get(SubAccount.CREDIT));
        assertEquals(Map.of(SubAccount.CASH, m("30.00")), Waterfall.split(m("30.00"), PayFrom.AUTO, Money.ZERO, m("50.00"), m("100.00")));
    }

    @Test
    void aChosenAccountMustCoverItAlone() {
        assertEquals(Map.of(SubAccount.CREDIT, m("80.00")), Waterfall.split(m("80.00"), PayFrom.CREDIT, m("500.00"), m("500.00"), m("100.00")));
        SuanliException e = assertThrows(SuanliException.class, () -> Waterfall.split(m("80.00"), PayFrom.CASH, m("500.00"), m("79.99"), m("500.00")));
        assertEquals("account.insufficientFunds", e.key());
    }

    @Test
    void neverMoreThanAvailableAndNothingTakenWhenItCannotBeCovered() {
        assertEquals("account.insufficientFunds", assertThrows(SuanliException.class,
                () -> Waterfall.split(m("160.01"), PayFrom.AUTO, m("10.00"), m("50.00"), m("100.00"))).key());
        assertEquals(3, Waterfall.split(m("160.00"), PayFrom.AUTO, m("10.00"), m("50.00"), m("100.00")).size());
        assertEquals("money.notPositive", assertThrows(SuanliException.class,
                () -> Waterfall.split(Money.ZERO, PayFrom.AUTO, m("10.00"), m("50.00"), m("100.00"))).key());
    }

    @Test
    void everyMovementSumsToZero() {
        Movement mv = new Movement()
                .transfer(SubAccount.CASH, Channel.CASH_BALANCE, SubAccount.REVENUE, Channel.PLATFORM, m("50.00"))
                .transfer(SubAccount.CREDIT, Channel.CREDIT_BALANCE, SubAccount.REVENUE, Channel.PLATFORM, m("70.00"))
                .transfer(SubAccount.CASH_COUPON, Channel.CASH_COUPON_BALANCE, SubAccount.REVENUE, Channel.PLATFORM, Money.ZERO);
        assertEquals(4, mv.legs().size());
        assertEquals(Money.ZERO, mv.sum());
    }

    @Test
    void theAccountRefusesToGoBelowZeroOrBeyondItsCreditLine() {
        Instant t = Instant.parse("2026-06-01T00:00:00Z");
        Account a = Account.open(1, t);
        a.apply(SubAccount.CASH, m("100.00"), t);
        a.apply(SubAccount.CREDIT_LINE, m("50.00"), t);
        assertEquals(m("30.00"), a.apply(SubAccount.CREDIT, m("-20.00"), t), "credit available after using 20");
        assertEquals(m("20.00"), a.creditUsed());
        assertThrows(IllegalStateException.class, () -> a.apply(SubAccount.CASH, m("-100.01"), t));
        Account b = Account.open(2, t);
        b.apply(SubAccount.CREDIT_LINE, m("50.00"), t);
        assertThrows(IllegalStateException.class, () -> b.apply(SubAccount.CREDIT, m("-50.01"), t));
    }
}
