package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractTest {

    static final LocalDate D = LocalDate.of(2026, 12, 1);

    static Contract contract(String no, String line, String rate, LocalDate from, LocalDate to, List<Contract.Item> items) {
        return new Contract(no, 7L, line == null ? null : Money.of(line), rate == null ? null : new BigDecimal(rate), from, to, items);
    }

    static String refused(Runnable r) {
        return assertThrows(SuanliException.class, r::run).key();
    }

    @Test
    void termsAreCheckedAndItemsNormalised() {
        Contract c = contract(" HT-2026-001 ", "100000.00", "0.9", D, D.plusDays(364), List.of(new Contract.Item("ma-ded-910b-8", null, new BigDecimal("1200.00")),
                new Contract.Item("ma-ded-910b-8", "payg", new BigDecimal("2.500000"))));
        assertEquals("HT-2026-001", c.contractNo());
        assertEquals("PREPAID_MONTHLY", c.items().get(0).billingMode(), "monthly unless said");
        assertEquals("PAYG", c.items().get(1).billingMode());
        assertEquals(Money.ZERO, contract("HT-1", null, null, D, D, List.of()).creditLine(), "a contract of one day without a line");
        assertEquals("contract.endsBeforeStart", refused(() -> contract("HT-1", "0.00", null, D, D.minusDays(1), null)));
        assertEquals("contract.creditLineNegative", refused(() -> contract("HT-1", "-0.01", null, D, D, null)));
        assertEquals("contract.rateInvalid", refused(() -> contract("HT-1", "0.00", "1", D, D, null)));
        assertEquals("contract.rateInvalid", refused(() -> contract("HT-1", "0.00", "0.12345", D, D, null)));
        assertEquals("contract.numberInvalid", refused(() -> contract("合同 1", "0.00", null, D, D, null)));
        assertEquals("contract.itemTwice", refused(() -> contract("HT-1", "0.00", null, D, D, List.of(new Contract.Item("s", null, BigDecimal.ONE),
                new Contract.Item("s", "PREPAID_MONTHLY", BigDecimal.TEN)))));
        assertEquals("contract.unitPriceInvalid", refused(() -> contract("HT-1", "0.00", null, D, D, List.of(new Contract.Item("s", null, BigDecimal.ZERO)))));
        assertEquals("contract.billingModeInvalid", refused(() -> contract("HT-1", "0.00", null, D, D, List.of(new Contract.Item("s", "WEEKLY", BigDecimal.ONE)))));
    }

    @Test
    void itCoversItsDaysBothIncludedAndMovesAlongItsTable() {
        Contract c = contract("HT-2", "1.00", null, D, D.plusDays(30), null);
        assertTrue(c.covers(D));
        assertTrue(c.covers(D.plusDays(30)));
        assertFalse(c.covers(D.minusDays(1)));
        assertFalse(c.covers(D.plusDays(31)));
        assertEquals(ContractStatus.ACTIVE, ContractStatus.DRAFT.apply(ContractStatus.Verb.ACTIVATE));
        assertEquals(ContractStatus.ENDED, ContractStatus.ACTIVE.apply(ContractStatus.Verb.END));
        assertEquals(ContractStatus.TERMINATED, ContractStatus.DRAFT.apply(ContractStatus.Verb.TERMINATE));
        assertEquals("contract.illegalTransition", refused(() -> ContractStatus.ENDED.apply(ContractStatus.Verb.ACTIVATE)));
        assertEquals("contract.illegalTransition", refused(() -> ContractStatus.DRAFT.apply(ContractStatus.Verb.END)));
        assertEquals(List.of("activate", "terminate"), ContractStatus.DRAFT.actions());
        assertEquals(List.of("terminate"), ContractStatus.ACTIVE.actions(), "the end belongs to the daily job");
    }

    @Test
    void itRemindsThirtyThenSevenDaysAheadEachOnce() {
        LocalDate end = D.plusDays(60);
        assertEquals(null, Contract.reminderDue(end, end.minusDays(31), false, false));
        assertEquals(30, Contract.reminderDue(end, end.minusDays(30), false, false));
        assertEquals(null, Contract.reminderDue(end, end.minusDays(20), true, false), "the 30-day one once");
        assertEquals(7, Contract.reminderDue(end, end.minusDays(7), true, false));
        assertEquals(7, Contract.reminderDue(end, end.minusDays(3), false, false), "activated late: the 7-day one stands for both");
        assertEquals(null, Contract.reminderDue(end, end, true, true));
        assertEquals(null, Contract.reminderDue(end, end.plusDays(1), false, false), "none after the end");
    }
}
