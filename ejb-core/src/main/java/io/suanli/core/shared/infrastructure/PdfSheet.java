package io.suanli.core.shared.infrastructure;

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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One landscape A4 document of the platform's kind (a bill, a statement): a heading, a grid of facts (label, value
 * pairs), tables with a shaded header row repeated on each page and amounts right-aligned, and a small note. Chinese
 * text is set in the PDF standard Asian font STSong-Light with the UniGB-UCS2-H encoding: not embedded (every PDF
 * reader ships it), so the server needs no font file and works on a machine without any fonts installed.
 */
public final class PdfSheet {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    private final Font title;
    private final Font normal;
    private final Font bold;
    private final Font small;

    private PdfSheet(String documentTitle, String creator) {
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            title = new Font(cjk, 16, Font.BOLD);
            normal = new Font(cjk, 9.5f);
            bold = new Font(cjk, 9.5f, Font.BOLD);
            small = new Font(cjk, 8, Font.NORMAL, Color.GRAY);
            PdfWriter.getInstance(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF: " + e.getMessage(), e);
        }
        doc.addTitle(documentTitle);
        doc.addCreator(creator);
        doc.open();
    }

    /** A new document with its metadata title and creator (the platform's name). */
    public static PdfSheet open(String documentTitle, String creator) {
        return new PdfSheet(documentTitle, creator);
    }

    /** The document's heading. */
    public PdfSheet heading(String text) {
        Paragraph head = new Paragraph(text, title);
        head.setSpacingAfter(8);
        return add(head);
    }

    /** Label and value pairs, two pairs to a row. */
    public PdfSheet facts(List<String[]> pairs) {
        PdfPTable info = new PdfPTable(new float[]{1, 3, 1, 3});
        info.setWidthPercentage(100);
        for (String[] pair : pairs) {
            cell(info, pair[0], bold, Element.ALIGN_LEFT);
            cell(info, pair[1], normal, Element.ALIGN_LEFT);
        }
        if (pairs.size() % 2 == 1) {
            cell(info, "", normal, Element.ALIGN_LEFT);
            cell(info, "", normal, Element.ALIGN_LEFT);
        }
        info.setSpacingAfter(10);
        return add(info);
    }

    /**
     * A table: relative column widths, the header labels, which columns are right-aligned (amounts, counts), the rows,
     * and the text of the one row shown when there are none.
     */
    public PdfSheet table(float[] widths, List<String> headers, boolean[] right, List<List<String>> rows, String none) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setBackgroundColor(new Color(0xEE, 0xF1, 0xF5));
            c.setPadding(4);
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                cell(t, row.get(i), normal, right[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            }
        }
        if (rows.isEmpty()) {
            PdfPCell c = new PdfPCell(new Phrase(none, normal));
            c.setColspan(widths.length);
            t.addCell(c);
        }
        t.setSpacingAfter(10);
        return add(t);
    }

    /** A small grey note. */
    public PdfSheet note(String text) {
        return add(new Paragraph(new Chunk(text, small)));
    }

    /** Closes the document; answers its bytes. */
    public byte[] close() {
        doc.close();
        return out.toByteArray();
    }

    private PdfSheet add(Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("PDF: " + ex.getMessage(), ex);
        }
        return this;
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        table.addCell(c);
    }
}
