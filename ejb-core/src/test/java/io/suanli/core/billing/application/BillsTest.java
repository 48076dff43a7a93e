package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Bill;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month's sums become the same bill whatever order the database returns them in; building again writes a new
 * revision of lines only when the month changed.
 */
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

    static final YearMonth JULY = YearMonth.of(2026, 7);

    static List<Bills.Sum> july() {
        return List.of(sum("p1", "PAYG", "USAGE", EntryType.CONSUMPTION, "10.01", null, 3),
                sum("p1", "PREPAID_MONTHLY", "NEW", EntryType.CONSUMPTION, "1500.00", "150.00", 1),
                sum("p1", "PREPAID_MONTHLY", "UNSUBSCRIBE", EntryType.REFUND, "700.33", null, 1));
    }

    static Bill kept(BillView v) {
        Bill b = new Bill(1L, 7L, JULY.toString());
        b.built(v.charged(), v.refunded(), v.discount(), Instant.parse("2026-08-01T00:00:00Z"), "finance");
        return b;
    }

    static BillView.Line with(BillView.Line l, String amount, int entries) {
        return new BillView.Line(l.customerId(), l.period(), l.productCode(), l.specCode(), l.billingMode(), l.orderType(), l.kind(),
                Money.of(amount), l.discount(), entries);
    }

    @Test
    void anUnchangedMonthWritesNoNewRevision() {
        BillView first = Bills.compute(7L, JULY, july());
        Bill bill = kept(first);
        List<BillView.Line> stored = new ArrayList<>(first.lines());
        Collections.reverse(stored); // as the database may return them
        assertFalse(Bills.changed(bill, stored, Bills.compute(7L, JULY, july())), "the same lines and totals");
        assertTrue(Bills.sameLines(List.of(), List.of()));
        assertEquals(1, bill.revision());
    }

    @Test
    void aChangedMonthIsANewRevision() {
        BillView first = Bills.compute(7L, JULY, july());
        Bill bill = kept(first);
        List<Bills.Sum> more = new ArrayList<>(july());
        more.add(sum("p1", "PAYG", "USAGE", EntryType.CONSUMPTION, "0.01", null, 1));
        BillView again = Bills.compute(7L, JULY, more);
        assertTrue(Bills.changed(bill, first.lines(), again), "a fen more usage");
        assertEquals("10.02", again.lines().stream().filter(l -> l.orderType().equals("USAGE")).findFirst().orElseThrow().amount().toString());

        List<Bills.Sum> refund = new ArrayList<>(july());
        refund.add(sum("p2", "PAYG", "USAGE", EntryType.REFUND, "1.00", null, 1));
        assertTrue(Bills.changed(bill, first.lines(), Bills.compute(7L, JULY, refund)), "a new line");

        BillView.Line usage = first.lines().get(0);
        List<BillView.Line> otherEntries = new ArrayList<>(first.lines());
        otherEntries.set(0, with(usage, usage.amount().toString(), usage.entries() + 1));
        assertFalse(Bills.sameLines(first.lines(), otherEntries), "the same amount from other entries");
        List<BillView.Line> twice = new ArrayList<>(first.lines());
        twice.set(1, first.lines().get(0));
        assertFalse(Bills.sameLines(first.lines(), twice), "lines counted, not just found");

        Bill stale = kept(first);
        stale.built(first.charged().plus(Money.of("0.01")), first.refunded(), first.discount(), Instant.now(), "x");
        assertTrue(Bills.changed(stale, first.lines(), first), "totals differ");

        bill.revise();
        assertEquals(2, bill.revision());
    }
}
