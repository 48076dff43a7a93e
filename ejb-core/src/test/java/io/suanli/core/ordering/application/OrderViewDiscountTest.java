package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrderViewDiscountTest {

    static String rate(String r) {
        return new OrderView.Discount("PLATFORM", "1", r == null ? null : new BigDecimal(r), Money.of("1.00")).rateText();
    }

    @Test
    void rateIsWrittenAsTheQuoteWritesIt() {
        assertEquals("0.95", rate("0.9500"));
        assertEquals("0.90", rate("0.9000"));
        assertEquals("0.885", rate("0.8850"));
        assertEquals("1.00", rate("1.0000"));
        assertNull(rate(null));
    }
}
