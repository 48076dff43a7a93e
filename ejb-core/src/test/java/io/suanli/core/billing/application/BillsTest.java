package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.EntryType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A month's sums become the same bill whatever order the database returns them in. */
class BillsTest {

    static Bills.Sum sum(String product, String mode, String orderType, EntryType type, String amount, String discount, long n) {
        return new Bills.Sum(7L, product, "s1", mode, orderType, type, new BigDecimal(amount), discount == null ? null : new BigDecimal(discount), n);
    }

    @Test
    void chargesRefundsAndDiscountsAddUpToTheFen() {
        List<Bills.Sum> sums = new ArrayList<>(List.of(
                sum("p1", "PAYG", "USAGE", EntryType.CONSUMPTION, "10.01", null, 3),
                sum("p1", "PAYG", "USAGE", EntryType.DEDUCTION, "0.02", null, 1),
                sum("p1", "PREPAID_MONTHLY", "NEW", EntryType.CONSUMPTION, "1500.00", "150.00", 1),
                sum("p1", "PREPAID_MONTHLY", "UNSUBSCRIBE", EntryType.REFUND, "700.33", null, 1),
                sum(null, null, null, EntryType.CONSUMPTION, "0.99", "0.01", 2)));
        BillView a = Bills.compute(7L, YearMonth.of(2026, 7), sums);
        Collections.reverse(sums);
        BillView b = Bills.compute(7L, YearMonth.of(2026, 7), sums);
        assertEquals(a, b, "the same bill whatever the order of the sums");
        assertEquals("1511.02", a.charged().toString());
        assertEquals("700.33", a.refunded().toString());
        assertEquals("810.69", a.total().toString());
        assertEquals("150.01", a.discount().toString());
        assertEquals(4, a.lines().size(), "consumption and deduction of the same thing are one line");
        BillView.Line usage = a.lines().stream().filter(l -> l.orderType().equals("USAGE")).findFirst().orElseThrow();
        assertEquals("10.03", usage.amount().toString());
        assertEquals(4, usage.entries());
        BillView.Line refund = a.lines().stream().filter(l -> l.kind().equals("REFUND")).findFirst().orElseThrow();
        assertEquals("-700.33", refund.amount().toString());
        BillView.Line untagged = a.lines().stream().filter(l -> l.productCode().equals("-")).findFirst().orElseThrow();
        assertEquals("-", untagged.billingMode());
    }
}
