package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTextTest {

    @Test
    void showsTheYuanSignThousandsSeparatorsAndTwoDecimals() {
        assertEquals("¥1,234.50", MoneyText.display(new BigDecimal("1234.5")));
        assertEquals("¥98,000.00", MoneyText.display(new BigDecimal("98000")));
        assertEquals("¥1,288.50", MoneyText.display(Money.of("1288.50")));
        assertEquals("¥1,234,567.00", MoneyText.display(Money.of("1234567")));
        assertEquals("¥999.99", MoneyText.display(Money.of("999.99")));
        assertEquals("¥100.00", MoneyText.display(100));
    }

    @Test
    void zeroHasTwoDecimals() {
        assertEquals("¥0.00", MoneyText.display(Money.ZERO));
        assertEquals("¥0.00", MoneyText.display(BigDecimal.ZERO));
    }

    @Test
    void negativeAmountsPutTheMinusBeforeTheSign() {
        assertEquals("-¥1,234.56", MoneyText.display(Money.of("-1234.56")));
        assertEquals("-¥0.01", MoneyText.display(new BigDecimal("-0.01")));
    }

    @Test
    void unitPricesKeepTheirOwnDecimals() {
        assertEquals("¥2.500000", MoneyText.display(new BigDecimal("2.500000")));
        assertEquals("¥0.000125", MoneyText.display(new BigDecimal("0.000125")));
        assertEquals("¥1,234,567.891", MoneyText.display(new BigDecimal("1234567.891")));
    }

    @Test
    void numericTextIsFormattedOtherTextShownAsItIs() {
        assertEquals("¥3,000.00", MoneyText.display("3000.00"));
        assertEquals("-¥12,345.60", MoneyText.display(" -12345.6 "));
        assertEquals("—", MoneyText.display("—"));
        assertEquals("", MoneyText.display(""));
    }

    @Test
    void nothingIsShownAsNothing() {
        assertEquals("", MoneyText.display(null));
    }
}
