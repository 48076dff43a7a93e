package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A statement as a PDF and as a workbook: its figures, where it stands and its lines, in Chinese and English. */
class StatementDocumentTest {

    static StatementView statement() {
        return new StatementView(42L, null, "2026-07", Money.of("-80.00"), Money.of("720.00"), Money.of("-687.07"), Money.of("-47.07"), 2,
                "DRAFT", Instant.parse("2026-08-01T01:00:00Z"), Instant.parse("2026-08-08T01:00:00Z"), null, null, Money.ZERO, null, null, null);
    }

    static List<CommissionView> lines() {
        return List.of(new CommissionView(1L, Instant.parse("2026-07-01T02:00:00Z"), "ACCRUAL", "DIRECT", 7L, "北京算力科技有限公司",
                        Money.of("9000.00"), new BigDecimal("0.0800"), Money.of("720.00"), "ORD-20260701-0001", "2026-07"),
                new CommissionView(2L, Instant.parse("2026-07-04T20:20:00Z"), "CLAWBACK", "DIRECT", 7L, "北京算力科技有限公司",
                        Money.of("8588.32"), new BigDecimal("0.0800"), Money.of("-687.07"), "REF-ORD-20260704-0002", "2026-07"));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void thePdfHasTheFiguresTheStateAndTheLines() throws Exception {
        StatementDocument d = StatementDocument.of("pdf", statement(), "华南渠道有限公司", lines(), "算力运营管理平台", Locale.SIMPLIFIED_CHINESE);
        assertEquals("statement-42-2026-07.pdf", d.fileName());
        assertEquals("application/pdf", d.contentType());
        String t = text(d.content());
        for (String s : List.of("算力运营管理平台", "分销佣金结算单", "华南渠道有限公司 (42)", "2026-07", "待确认", "2026-08-08 09:00:00", "期初结转",
                "-¥80.00", "¥720.00", "-¥687.07", "-¥47.07", "计提", "冲回", "北京算力科技有限公司 (7)", "¥9,000.00", "0.08", "ORD-20260701-0001",
                "2026-07-05 04:20:00")) {
            assertTrue(t.contains(s), "PDF text has " + s + ":\n" + t);
        }
        assertTrue(t.indexOf("ORD-20260701-0001") < t.indexOf("REF-ORD-20260704-0002"), "lines in the order given");
    }

    @Test
    void theEnglishPdfAndAStatementWithoutLines() throws Exception {
        String t = text(StatementDocument.of("pdf", statement(), null, List.of(), "Compute Operations Platform", Locale.ENGLISH).content());
        for (String s : List.of("Commission statement", "Brought forward", "Closing balance", "To confirm", "No commission lines this month.")) {
            assertTrue(t.contains(s), "PDF text has " + s + ":\n" + t);
        }
    }

    @Test
    void theWorkbookHasAFiguresSheetAndALinesSheetWithNumbers() throws Exception {
        StatementDocument d = StatementDocument.of("xlsx", statement(), "华南渠道有限公司", lines(), "算力运营管理平台", Locale.SIMPLIFIED_CHINESE);
        assertEquals("statement-42-2026-07.xlsx", d.fileName());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.content()))) {
            assertEquals(2, wb.getNumberOfSheets());
            Sheet figures = wb.getSheetAt(0);
            assertEquals("结算单", figures.getSheetName());
            assertEquals("华南渠道有限公司 (42)", figures.getRow(1).getCell(1).getStringCellValue());
            assertEquals("期末余额", figures.getRow(11).getCell(0).getStringCellValue());
            assertEquals(-47.07, figures.getRow(11).getCell(1).getNumericCellValue(), 0.0001, "an amount stays a number");
            Sheet lines = wb.getSheetAt(1);
            assertEquals("佣金明细", lines.getSheetName());
            assertEquals(3, lines.getPhysicalNumberOfRows());
            assertEquals(-687.07, lines.getRow(2).getCell(8).getNumericCellValue(), 0.0001);
        }
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertEquals("distribution.formatInvalid", assertThrows(SuanliException.class, () -> StatementDocument.format("docx")).key());
        assertEquals("xlsx", StatementDocument.format(" XLSX "));
    }
}
