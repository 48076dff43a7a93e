package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.infrastructure.ExcelWriter;
import io.suanli.core.system.application.AuditRow;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** Audit records as an .xlsx workbook. */
public final class AuditExcel {

    private static final String[] COLUMNS = {"audit.col.seq", "audit.col.at", "audit.col.actor", "audit.col.roles",
            "audit.col.action", "audit.col.target", "audit.col.summary", "audit.col.ip", "audit.col.userAgent", "audit.col.outcome"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExcel() {
    }

    public static byte[] write(Stream<AuditRow> rows, Locale locale) {
        return ExcelWriter.write(Messages.get(locale, "audit.sheet"),
                Arrays.stream(COLUMNS).map(c -> Messages.get(locale, c)).toList(),
                rows.map(a -> Arrays.<Object>asList(a.seq(), TIME.format(a.at().atZone(PlatformClock.ZONE)), a.actor(), a.actorRoles(),
                        a.action(), a.target(), a.summary(), a.ip(), a.userAgent(), a.outcome())));
    }
}
