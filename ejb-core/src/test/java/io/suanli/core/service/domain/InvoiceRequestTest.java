package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvoiceRequestTest {

    static final InvoiceIdentity ACME = new InvoiceIdentity(true, "星河智算科技有限公司", "91350100M000100Y43");
    static final InvoiceIdentity PERSON = new InvoiceIdentity(false, "张三", null);
    static final Money AMOUNT = Money.of("100.00");

    static String refused(Runnable r) {
        return assertThrows(SuanliException.class, r::run).key();
    }

    @Test
    void theTitleAndTaxNumberAreTheVerifiedOnes() {
        InvoiceRequest r = InvoiceRequest.of(ACME, "normal", null, null, AMOUNT, "Fin@Corp.example", null, null, null, null, null);
        assertEquals(InvoiceType.NORMAL, r.type());
        assertEquals("星河智算科技有限公司", r.title());
        assertEquals("91350100M000100Y43", r.taxNo());
        assertEquals("fin@corp.example", r.email());
        assertFalse(r.paper());
        InvoiceRequest same = InvoiceRequest.of(ACME, "NORMAL", " 星河智算科技有限公司 ", "91350100m000100y43", AMOUNT, "a@b.cn", null, null, null, null, "北京市海淀区中关村大街 1 号");
        assertEquals("91350100M000100Y43", same.taxNo(), "the same code in lower case is the same code");
        assertTrue(same.paper());
        assertEquals("invoice.titleMismatch", refused(() -> InvoiceRequest.of(ACME, "NORMAL", "别的公司", null, AMOUNT, "a@b.cn", null, null, null, null, null)));
        assertEquals("invoice.taxNoMismatch", refused(() -> InvoiceRequest.of(ACME, "NORMAL", null, "91110000000000000X", AMOUNT, "a@b.cn", null, null, null, null, null)));
        assertEquals("invoice.taxNoUnknown", refused(() -> InvoiceRequest.of(new InvoiceIdentity(true, "线下认证公司", null), "NORMAL", null, null, AMOUNT,
                "a@b.cn", null, null, null, null, null)));
    }

    @Test
    void aPersonGetsOrdinaryInvoicesWithoutTaxNumber() {
        InvoiceRequest r = InvoiceRequest.of(PERSON, "NORMAL", "张三", null, AMOUNT, "z@b.cn", null, null, null, null, null);
        assertNull(r.taxNo());
        assertEquals("invoice.specialForPerson", refused(() -> InvoiceRequest.of(PERSON, "SPECIAL", null, null, AMOUNT, "z@b.cn", "工商银行",
                "6222021234567890", "北京", "010-12345678", null)));
        assertEquals("invoice.taxNoForPerson", refused(() -> InvoiceRequest.of(PERSON, "NORMAL", null, "123", AMOUNT, "z@b.cn", null, null, null, null, null)));
    }

    @Test
    void aSpecialInvoiceNeedsTheBankDetails() {
        InvoiceRequest r = InvoiceRequest.of(ACME, "SPECIAL", null, null, AMOUNT, "a@b.cn", "工商银行北京中关村支行", "6222 0212 3456 7890",
                "北京市海淀区中关村大街 1 号", "010-12345678", null);
        assertEquals("6222021234567890", r.bankAccount());
        assertEquals("validation.required", refused(() -> InvoiceRequest.of(ACME, "SPECIAL", null, null, AMOUNT, "a@b.cn", null, "6222021234567890",
                "北京", "010-12345678", null)));
        assertEquals("invoice.bankAccountInvalid", refused(() -> InvoiceRequest.of(ACME, "SPECIAL", null, null, AMOUNT, "a@b.cn", "工商银行", "62-22",
                "北京", "010-12345678", null)));
        assertEquals("invoice.phoneInvalid", refused(() -> InvoiceRequest.of(ACME, "SPECIAL", null, null, AMOUNT, "a@b.cn", "工商银行", "6222021234567890",
                "北京", "call me", null)));
    }

    @Test
    void badInputIsRefusedByKey() {
        assertEquals("validation.required", refused(() -> InvoiceRequest.of(ACME, null, null, null, AMOUNT, "a@b.cn", null, null, null, null, null)));
        assertEquals("invoice.typeInvalid", refused(() -> InvoiceRequest.of(ACME, "RED", null, null, AMOUNT, "a@b.cn", null, null, null, null, null)));
        assertEquals("invoice.emailInvalid", refused(() -> InvoiceRequest.of(ACME, "NORMAL", null, null, AMOUNT, "not-mail", null, null, null, null, null)));
        assertEquals("validation.required", refused(() -> InvoiceRequest.of(ACME, "NORMAL", null, null, AMOUNT, " ", null, null, null, null, null)));
        assertEquals("money.required", refused(() -> InvoiceRequest.of(ACME, "NORMAL", null, null, null, "a@b.cn", null, null, null, null, null)));
    }

    @Test
    void anIssueHasANumberADateNotAheadAndForPaperItsShipment() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        InvoiceIssue e = InvoiceIssue.of("044001900111", today, null, null, false, today);
        assertEquals("044001900111", e.invoiceNumber());
        assertEquals("invoice.issuedInFuture", refused(() -> InvoiceIssue.of("044001900111", today.plusDays(1), null, null, false, today)));
        assertEquals("invoice.numberInvalid", refused(() -> InvoiceIssue.of("12-34", today, null, null, false, today)));
        assertEquals("validation.required", refused(() -> InvoiceIssue.of("044001900111", null, null, null, false, today)));
        assertEquals("validation.required", refused(() -> InvoiceIssue.of("044001900111", today, "顺丰", null, true, today)), "paper needs the tracking number");
        assertEquals("SF1234567890", InvoiceIssue.of("044001900111", today, "顺丰", "SF1234567890", true, today).trackingNo());
    }
}
