package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void roundsHalfUpToTheFen() {
        assertEquals("411.68", Money.of(new BigDecimal("411.675")).toString());
        assertEquals("411.67", Money.of(new BigDecimal("411.674999")).toString());
        assertEquals("-0.01", Money.of(new BigDecimal("-0.005")).toString());
        assertEquals("0.00", Money.ZERO.toString());
    }

    @Test
    void usedChargeOfTheSpecExampleIsExact() {
        // §8: 9,000.00 paid for 2208 h, 101 h used → 411.68
        Money paid = Money.of("9000.00");
        Money used = paid.times(new BigDecimal("101").divide(new BigDecimal("2208"), 20, Money.ROUNDING));
        assertEquals("411.68", used.toString());
        assertEquals("8588.32", paid.minus(used).toString());
    }

    @Test
    void allocationSplitsInProportionAndGivesTheRemainderToTheChosenShare() {
        // §8: refund 8,588.32 back to 6,000.00 cash + 3,000.00 credit → 5,725.55 cash, 2,862.77 credit
        Money[] shares = Money.of("8588.32").allocate(new BigDecimal[]{new BigDecimal("6000.00"), new BigDecimal("3000.00")}, 0);
        assertEquals("5725.55", shares[0].toString());
        assertEquals("2862.77", shares[1].toString());
    }

    @Test
    void allocationAlwaysSumsToTheWhole() {
        Money whole = Money.of("100.00");
        Money[] shares = whole.allocate(new BigDecimal[]{BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE}, 0);
        assertEquals("33.34", shares[0].toString());
        assertEquals("33.33", shares[1].toString());
        assertEquals(whole, shares[0].plus(shares[1]).plus(shares[2]));
    }

    @Test
    void parseExactRefusesMoreThanTwoDecimals() {
        SuanliException e = assertThrows(SuanliException.class, () -> Money.parseExact("10.001"));
        assertEquals("money.tooManyDecimals", e.key());
        assertEquals("10.10", Money.parseExact("10.1").toString());
        assertEquals("10.00", Money.parseExact("10.000").toString());
    }

    @Test
    void parseExactRefusesGarbageAndBlank() {
        assertEquals("money.invalid", assertThrows(SuanliException.class, () -> Money.parseExact("1e3x")).key());
        assertEquals("money.required", assertThrows(SuanliException.class, () -> Money.parseExact(" ")).key());
        assertEquals("money.required", assertThrows(SuanliException.class, () -> Money.parseExact(null)).key());
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        assertEquals(Money.of("1.5"), Money.of("1.50"));
        assertTrue(Money.of("1.50").compareTo(Money.of("1.49")) > 0);
        assertTrue(Money.of("-1").isNegative());
    }
}
