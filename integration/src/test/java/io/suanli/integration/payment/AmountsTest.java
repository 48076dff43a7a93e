package io.suanli.integration.payment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountsTest {

    @Test
    void yuanBecomeFenExactly() {
        assertEquals(8880, Amounts.toFen(new BigDecimal("88.8")));
        assertEquals(1, Amounts.toFen(new BigDecimal("0.01")));
        assertEquals(150, Amounts.toFen(new BigDecimal("1.500")));
        assertEquals(2_147_483_647, Amounts.toFen(new BigDecimal("21474836.47")));
    }

    @Test
    void moreThanTwoDecimalsAreRefusedNotRounded() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.toFen(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> Amounts.cny(new BigDecimal("0.001")));
    }

    @Test
    void negativeAndTooLargeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.toFen(new BigDecimal("-1.00")));
        assertThrows(IllegalArgumentException.class, () -> Amounts.toFen(new BigDecimal("21474836.48")));
        assertThrows(IllegalArgumentException.class, () -> Amounts.positiveCny(BigDecimal.ZERO));
    }

    @Test
    void fenBecomeYuanWithTwoDecimals() {
        assertEquals("88.80", Amounts.fromFen(8880).toPlainString());
        assertEquals("0.00", Amounts.fromFen(0).toPlainString());
        assertEquals("88.80", Amounts.parseFen("8880").toPlainString());
    }

    @Test
    void channelYuanStringsAreParsedStrictly() {
        assertEquals("88.80", Amounts.parseYuan("88.8").toPlainString());
        assertEquals("88.00", Amounts.parseYuan("88").toPlainString());
        for (String bad : new String[]{"88.805", "-1", "1e3", " 1", "", "NaN", "1,000.00"}) {
            assertThrows(PaymentException.class, () -> Amounts.parseYuan(bad), bad);
        }
        assertThrows(PaymentException.class, () -> Amounts.parseFen("88.80"));
    }
}
