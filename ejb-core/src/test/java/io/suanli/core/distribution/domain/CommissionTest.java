package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC §10: accrual on the cash and credit base, the tier-1 override, and the proportional clawback, to the fen. */
class CommissionTest {

    static final Level GOLD = new Level("GOLD", "金牌一级", Tier.ONE, new BigDecimal("0.10"), new BigDecimal("0.03"));
    static final Level SILVER = new Level("SILVER", "银牌二级", Tier.TWO, new BigDecimal("0.08"), null);
    static final Commission.Earner D1 = new Commission.Earner(1L, GOLD);
    static final Commission.Earner D2 = new Commission.Earner(2L, SILVER);
    static final long C = 9L;

    @Test
    void theWorkedExampleOfSection10() {
        List<CommissionLine> accrued = Commission.accrue(C, "E1", Money.of("9000.00"), D2, D1);
        assertEquals(2, accrued.size());
        assertEquals(2L, accrued.get(0).distributorId());
        assertEquals(CommissionLine.Role.DIRECT, accrued.get(0).role());
        assertEquals(Money.of("720.00"), accrued.get(0).amount());
        assertEquals(1L, accrued.get(1).distributorId());
        assertEquals(CommissionLine.Role.OVERRIDE, accrued.get(1).role());
        assertEquals(Money.of("270.00"), accrued.get(1).amount());
        assertEquals(new BigDecimal("0.0300"), accrued.get(1).rate());

        Money refund = Money.of("8588.32");
        CommissionLine d2 = Commission.clawback(accrued.get(0), refund, Money.of("9000.00"), Money.ZERO, "R1");
        CommissionLine d1 = Commission.clawback(accrued.get(1), refund, Money.of("9000.00"), Money.ZERO, "R1");
        assertEquals(Money.of("-687.07"), d2.amount(), "720.00 × 8,588.32 ÷ 9,000.00 = 687.065… → 687.07");
        assertEquals(Money.of("-257.65"), d1.amount(), "270.00 × 8,588.32 ÷ 9,000.00 = 257.6496 → 257.65");
        assertEquals(Money.of("32.93"), accrued.get(0).amount().plus(d2.amount()));
        assertEquals(Money.of("12.35"), accrued.get(1).amount().plus(d1.amount()));
        assertEquals(CommissionLine.Kind.CLAWBACK, d2.kind());
    }

    @Test
    void aTierOneEarnsItsCommissionAloneAndZeroLinesAreLeftOut() {
        List<CommissionLine> own = Commission.accrue(C, "E2", Money.of("34.90"), D1, null);
        assertEquals(1, own.size());
        assertEquals(Money.of("3.49"), own.get(0).amount());
        assertEquals(Money.of("2.79"), Commission.accrue(C, "E3", Money.of("34.90"), D2, D1).get(0).amount(), "34.90 × 8 % = 2.792 → 2.79");
        assertEquals(Money.of("1.05"), Commission.accrue(C, "E3", Money.of("34.90"), D2, D1).get(1).amount(), "34.90 × 3 % = 1.047 → 1.05");
        assertTrue(Commission.accrue(C, "E4", Money.of("0.10"), D2, D1).stream().allMatch(l -> l.amount().isPositive()));
        assertEquals(1, Commission.accrue(C, "E4", Money.of("0.10"), D2, D1).size(), "0.10 × 3 % = 0.003 → 0.00: no override line");
        assertTrue(Commission.accrue(C, "E5", Money.ZERO, D2, D1).isEmpty(), "paid by coupons alone: no base, no commission");
        assertThrows(IllegalStateException.class, () -> Commission.accrue(C, "E6", Money.of("1.00"), D2, null));
    }

    @Test
    void aFullRefundReversesExactlyAndPartialRefundsNeverClawBackMoreThanWasEarned() {
        CommissionLine a = Commission.accrue(C, "E7", Money.of("100.00"), D2, D1).get(0); // 8.00
        assertEquals(Money.of("-8.00"), Commission.clawback(a, Money.of("100.00"), Money.of("100.00"), Money.ZERO, "R").amount());
        // three refunds of a third each: 2.67 + 2.67 would leave 2.66 for the last, never 2.67
        CommissionLine first = Commission.clawback(a, Money.of("33.34"), Money.of("100.00"), Money.ZERO, "R1");
        CommissionLine second = Commission.clawback(a, Money.of("33.33"), Money.of("100.00"), first.amount(), "R2");
        Money after2 = first.amount().plus(second.amount());
        CommissionLine third = Commission.clawback(a, Money.of("33.33"), Money.of("100.00"), after2, "R3");
        assertEquals(Money.of("-8.00"), after2.plus(third.amount()), "the three clawbacks reverse the accrual exactly");
        assertNull(Commission.clawback(a, Money.of("1.00"), Money.of("100.00"), Money.of("-8.00"), "R4"), "nothing left to claw back");
    }

    @Test
    void badLevelsAreRefusedWithTheirKeys() {
        assertEquals("distribution.rateInvalid", key(() -> new Level("X", "x", Tier.ONE, new BigDecimal("1.00"), null)));
        assertEquals("distribution.rateInvalid", key(() -> new Level("X", "x", Tier.ONE, new BigDecimal("-0.01"), null)));
        assertEquals("distribution.rateInvalid", key(() -> new Level("X", "x", Tier.ONE, new BigDecimal("0.12345"), null)));
        assertEquals("distribution.rateInvalid", key(() -> new Level("X", "x", Tier.ONE, new BigDecimal("0.10"), new BigDecimal("1"))));
        assertEquals("distribution.overrideTierOneOnly", key(() -> new Level("X", "x", Tier.TWO, new BigDecimal("0.08"), new BigDecimal("0.02"))));
        assertEquals("distribution.levelCodeInvalid", key(() -> new Level("bad code", "x", Tier.ONE, new BigDecimal("0.10"), null)));
        assertEquals("validation.required", key(() -> new Level("X", " ", Tier.ONE, new BigDecimal("0.10"), null)));
        assertEquals("distribution.tierInvalid", key(() -> Tier.of(3)));
        assertEquals(Tier.TWO, Tier.of(2));
        assertEquals(new BigDecimal("0.0000"), SILVER.overrideRate());
    }

    static String key(Runnable r) {
        return assertThrows(SuanliException.class, r::run).key();
    }
}
