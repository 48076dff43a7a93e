package io.suanli.core.shared.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an .xlsx workbook of one sheet or several, streaming (100 rows in memory at a time): each a bold header row,
 * then its rows. Numbers (amounts as {@link BigDecimal} with a {@code 0.00} format) stay numbers, so finance can sum them.
 */
public final class ExcelWriter {

    private ExcelWriter() {
    }

    /** One sheet: its name, the header labels and the rows. */
    public record Tab(String name, List<String> headers, Stream<List<Object>> rows) {
    }

    public static byte[] write(String sheetName, List<String> headers, Stream<List<Object>> rows) {
        return write(List.of(new Tab(sheetName, headers, rows)));
    }

    public static byte[] write(List<Tab> tabs) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            for (Tab tab : tabs) {
                Sheet sheet = wb.createSheet(tab.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < tab.headers().size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(tab.headers().get(i));
                    c.setCellStyle(bold);
                }
                int r = 1;
                for (Iterator<List<Object>> it = tab.rows().iterator(); it.hasNext(); ) {
                    List<Object> values = it.next();
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof BigDecimal b) {
                            Cell c = row.createCell(i);
                            c.setCellValue(b.doubleValue());
                            c.setCellStyle(money);
                        } else if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.longValue());
                        } else if (v != null) {
                            row.createCell(i).setCellValue(String.valueOf(v));
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
