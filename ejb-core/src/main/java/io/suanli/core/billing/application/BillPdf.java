package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.MoneyText;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.suanli.core.shared.application.PlatformClock;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A kept bill as a PDF document (U8, O4): heading, customer, period, the totals and the lines, in the reader's language
 * (labels from the {@code bill-pdf} bundle, zh default, en). Chinese text is set in the PDF standard Asian font
 * STSong-Light with the UniGB-UCS2-H encoding: the font is not embedded (every PDF reader ships it) and the server
 * needs no font file, so it works on a machine without any fonts installed.
 */
public final class BillPdf {

    static final String BUNDLE = "io.suanli.core.billing.bill-pdf";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlatformClock.ZONE);

    private BillPdf() {
    }

    /** The document of a bill; {@code system} is the platform's name, {@code customerName} may be null. */
    public static byte[] render(BillView bill, String customerName, String system, Locale locale) {
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(cjk, 16, Font.BOLD);
            Font normal = new Font(cjk, 9.5f);
            Font bold = new Font(cjk, 9.5f, Font.BOLD);
            Font small = new Font(cjk, 8, Font.NORMAL, Color.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(label(t, "title") + " " + bill.period());
            doc.addCreator(system);
            doc.open();
            Paragraph head = new Paragraph(system + " · " + label(t, "title"), title);
            head.setSpacingAfter(8);
            doc.add(head);

            PdfPTable info = new PdfPTable(new float[]{1, 3, 1, 3});
            info.setWidthPercentage(100);
            cell(info, label(t, "customer"), bold, Element.ALIGN_LEFT);
            cell(info, (customerName == null ? "" : customerName + " ") + "(" + bill.customerId() + ")", normal, Element.ALIGN_LEFT);
            cell(info, label(t, "period"), bold, Element.ALIGN_LEFT);
            cell(info, bill.period(), normal, Element.ALIGN_LEFT);
            cell(info, label(t, "builtAt"), bold, Element.ALIGN_LEFT);
            cell(info, bill.builtAt() == null ? label(t, "running") : AT.format(bill.builtAt()), normal, Element.ALIGN_LEFT);
            cell(info, label(t, "currency"), bold, Element.ALIGN_LEFT);
            cell(info, label(t, "cny"), normal, Element.ALIGN_LEFT);
            info.setSpacingAfter(10);
            doc.add(info);

            PdfPTable totals = new PdfPTable(5);
            totals.setWidthPercentage(100);
            for (String k : new String[]{"charged", "refunded", "total", "discount", "invoiced"}) {
                header(totals, label(t, k), bold);
            }
            cell(totals, MoneyText.display(bill.charged()), normal, Element.ALIGN_RIGHT);
            cell(totals, MoneyText.display(bill.refunded()), normal, Element.ALIGN_RIGHT);
            cell(totals, MoneyText.display(bill.total()), bold, Element.ALIGN_RIGHT);
            cell(totals, MoneyText.display(bill.discount()), normal, Element.ALIGN_RIGHT);
            cell(totals, MoneyText.display(bill.invoiced()), normal, Element.ALIGN_RIGHT);
            totals.setSpacingAfter(10);
            doc.add(totals);

            PdfPTable lines = new PdfPTable(new float[]{3, 3, 1.6f, 1.4f, 1, 1.6f, 1.4f, 0.8f});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            for (String k : new String[]{"product", "spec", "billingMode", "orderType", "kind", "amount", "lineDiscount", "entries"}) {
                header(lines, label(t, k), bold);
            }
            for (BillView.Line l : bill.lines()) {
                cell(lines, l.productCode(), normal, Element.ALIGN_LEFT);
                cell(lines, l.specCode(), normal, Element.ALIGN_LEFT);
                cell(lines, label(t, "mode." + l.billingMode(), l.billingMode()), normal, Element.ALIGN_LEFT);
                cell(lines, label(t, "orderType." + l.orderType(), l.orderType()), normal, Element.ALIGN_LEFT);
                cell(lines, label(t, "kind." + l.kind(), l.kind()), normal, Element.ALIGN_LEFT);
                cell(lines, MoneyText.display(l.amount()), normal, Element.ALIGN_RIGHT);
                cell(lines, MoneyText.display(l.discount()), normal, Element.ALIGN_RIGHT);
                cell(lines, Integer.toString(l.entries()), normal, Element.ALIGN_RIGHT);
            }
            if (bill.lines().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase(label(t, "none"), normal));
                none.setColspan(8);
                lines.addCell(none);
            }
            doc.add(lines);
            Paragraph note = new Paragraph(new Chunk(label(t, "note"), small));
            note.setSpacingBefore(10);
            doc.add(note);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("bill PDF: " + e.getMessage(), e);
        }
    }

    /** The file name of a bill's PDF. */
    public static String fileName(BillView bill) {
        return "bill-" + bill.customerId() + "-" + bill.period() + ".pdf";
    }

    private static void header(PdfPTable table, String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
        c.setPadding(4);
        table.addCell(c);
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        table.addCell(c);
    }

    private static String label(ResourceBundle t, String key) {
        return label(t, key, key);
    }

    private static String label(ResourceBundle t, String key, String fallback) {
        try {
            return t.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
