package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bill PDF carries its Chinese (and English) text, totals and lines, readable by a PDF text extractor. */
class BillPdfTest {

    static BillView bill() {
        List<BillView.Line> lines = List.of(
                new BillView.Line(7L, "2026-07", "昇腾训练集群", "910B-8卡", "PAYG", "USAGE", "CHARGE", Money.of("5.00"), Money.of("0.00"), 3),
                new BillView.Line(7L, "2026-07", "昇腾训练集群", "910B-8卡", "PREPAID_MONTHLY", "UNSUBSCRIBE", "REFUND", Money.of("-8588.32"),
                        Money.of("0.00"), 1));
        return new BillView(7L, "2026-07", Money.of("5.00"), Money.of("8588.32"), Money.of("-8583.32"), Money.of("12.50"), Money.ZERO,
                Instant.parse("2026-08-01T01:00:00Z"), lines);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void chineseBillHasItsTextTotalsAndLines() throws Exception {
        byte[] pdf = BillPdf.render(bill(), "北京算力科技有限公司", "算力运营管理平台", Locale.SIMPLIFIED_CHINESE);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String t = text(pdf);
        for (String s : List.of("算力运营管理平台", "账单", "北京算力科技有限公司", "2026-07", "应付合计", "-¥8,583.32", "¥8,588.32", "¥12.50",
                "昇腾训练集群", "910B-8卡", "按量计费", "包月", "退订", "退款", "-¥8,588.32", "2026-08-01 09:00:00")) {
            assertTrue(t.contains(s), "PDF text has " + s + ":\n" + t);
        }
    }

    @Test
    void englishBillHasEnglishLabels() throws Exception {
        String t = text(BillPdf.render(bill(), null, "Compute Operations Platform", Locale.ENGLISH));
        for (String s : List.of("Compute Operations Platform", "Bill", "Total", "-¥8,583.32", "Pay as you go", "Unsubscription", "Refund", "昇腾训练集群")) {
            assertTrue(t.contains(s), "PDF text has " + s + ":\n" + t);
        }
    }

    @Test
    void aBillWithoutLinesSaysSo() throws Exception {
        BillView empty = new BillView(8L, "2026-06", Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Instant.now(), List.of());
        assertTrue(text(BillPdf.render(empty, "客户", "平台", Locale.SIMPLIFIED_CHINESE)).contains("该账期没有账单明细"));
        assertEquals("bill-8-2026-06.pdf", BillPdf.fileName(empty));
    }
}
