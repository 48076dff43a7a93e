package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvoiceableTest {

    static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void invoiceableIsConsumptionLessInvoicedLessPending() {
        Invoiceable f = new Invoiceable(m("1000.00"), m("300.00"), m("200.50"));
        assertEquals(m("499.50"), f.amount());
        assertFalse(f.inDebt());
        assertEquals(Money.ZERO, f.debt());
        assertEquals(m("499.50"), f.admit(m("499.50")), "exactly the invoiceable amount is admitted");
        SuanliException above = assertThrows(SuanliException.class, () -> f.admit(m("499.51")));
        assertEquals("invoice.aboveInvoiceable", above.key());
        assertEquals(m("0.00"), f.requested(m("499.50")).amount(), "once requested, nothing is left");
        assertEquals("invoice.aboveInvoiceable", assertThrows(SuanliException.class, () -> f.requested(m("499.50")).admit(m("0.01"))).key());
    }

    @Test
    void aRefundAfterInvoicingLeavesADebtThatRefusesEveryRequest() {
        // 1,000 consumed and invoiced, then 400 refunded: consumed 600, invoiced 1,000 → 欠票 400
        Invoiceable f = new Invoiceable(m("600.00"), m("1000.00"), Money.ZERO);
        assertTrue(f.inDebt());
        assertEquals(m("400.00"), f.debt());
        assertEquals("invoice.inDebt", assertThrows(SuanliException.class, () -> f.admit(m("0.01"))).key());
        // a red-letter invoice of 400 (invoiced 600) clears it, to zero: still nothing to request
        Invoiceable cleared = new Invoiceable(m("600.00"), m("600.00"), Money.ZERO);
        assertFalse(cleared.inDebt());
        assertEquals("invoice.aboveInvoiceable", assertThrows(SuanliException.class, () -> cleared.admit(m("0.01"))).key());
        // or later consumption of 500 covers it and leaves 100
        assertEquals(m("100.00"), new Invoiceable(m("1100.00"), m("1000.00"), Money.ZERO).admit(m("100.00")));
    }

    @Test
    void anAmountMustBePositive() {
        Invoiceable f = new Invoiceable(m("10.00"), Money.ZERO, Money.ZERO);
        assertEquals("money.notPositive", assertThrows(SuanliException.class, () -> f.admit(Money.ZERO)).key());
        assertEquals("money.notPositive", assertThrows(SuanliException.class, () -> f.admit(m("-1.00"))).key());
        assertEquals("money.notPositive", assertThrows(SuanliException.class, () -> f.admit(null)).key());
    }

    @Test
    void theReviewMovesOnlyAlongItsTable() {
        assertEquals(InvoiceStatus.APPROVED, InvoiceStatus.PENDING.apply(InvoiceStatus.Verb.APPROVE));
        assertEquals(InvoiceStatus.REJECTED, InvoiceStatus.PENDING.apply(InvoiceStatus.Verb.REJECT));
        assertEquals(InvoiceStatus.CANCELLED, InvoiceStatus.PENDING.apply(InvoiceStatus.Verb.CANCEL));
        assertEquals(java.util.List.of("approve", "reject", "cancel"), InvoiceStatus.PENDING.actions());
        for (InvoiceStatus done : new InvoiceStatus[]{InvoiceStatus.APPROVED, InvoiceStatus.REJECTED, InvoiceStatus.CANCELLED}) {
            assertTrue(done.actions().isEmpty());
            for (InvoiceStatus.Verb v : InvoiceStatus.Verb.values()) {
                assertEquals("invoice.illegalTransition", assertThrows(SuanliException.class, () -> done.apply(v)).key(), done + " " + v);
            }
        }
    }
}
