package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.system.application.AuditRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/** Writes audit records to an .xlsx workbook, streaming (100 rows in memory at a time). */
public final class AuditExcel {

    private static final String[] COLUMNS = {"audit.col.seq", "audit.col.at", "audit.col.actor", "audit.col.roles",
            "audit.col.action", "audit.col.target", "audit.col.summary", "audit.col.ip", "audit.col.userAgent", "audit.col.outcome"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExcel() {
    }

    public static byte[] write(Stream<AuditRow> rows, Locale locale) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.get(locale, "audit.sheet"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(Messages.get(locale, COLUMNS[i]));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (Iterator<AuditRow> it = rows.iterator(); it.hasNext(); ) {
                AuditRow a = it.next();
                Row row = sheet.createRow(r++);
                if (a.seq() != null) {
                    row.createCell(0).setCellValue(a.seq());
                }
                row.createCell(1).setCellValue(TIME.format(a.at().atZone(PlatformClock.ZONE)));
                row.createCell(2).setCellValue(a.actor());
                row.createCell(3).setCellValue(a.actorRoles());
                row.createCell(4).setCellValue(a.action());
                row.createCell(5).setCellValue(a.target());
                row.createCell(6).setCellValue(a.summary());
                row.createCell(7).setCellValue(a.ip());
                row.createCell(8).setCellValue(a.userAgent());
                row.createCell(9).setCellValue(a.outcome());
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
