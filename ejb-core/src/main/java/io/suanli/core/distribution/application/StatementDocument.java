package io.suanli.core.distribution.application;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.infrastructure.ExcelWriter;
import io.suanli.core.shared.infrastructure.PdfSheet;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A monthly statement as a file the distributor keeps or finance files (B2): a PDF (the figures, where it stands, its
 * lines) or an Excel workbook (a sheet of the figures, a sheet of the lines, amounts as numbers), in the reader's
 * language (labels {@code statement.*} and {@code commission.*} of the messages bundle).
 *
 * @param fileName    {@code statement-<distributor>-<yyyy-MM>.pdf|xlsx}
 * @param contentType its media type
 */
public record StatementDocument(String fileName, String contentType, byte[] content) implements Serializable {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlatformClock.ZONE);

    /** The format asked for: pdf or xlsx (any case), else a keyed refusal. */
    static String format(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("pdf") && !f.equals("xlsx")) {
            throw new SuanliException("distribution.formatInvalid", String.valueOf(format));
        }
        return f;
    }

    static StatementDocument of(String format, StatementView s, String distributorName, List<CommissionView> lines, String system,
                                Locale locale) {
        String name = "statement-" + s.distributorId() + "-" + s.period() + "." + format;
        return format.equals("pdf") ? new StatementDocument(name, PDF, pdf(s, distributorName, lines, system, locale))
                : new StatementDocument(name, XLSX, xlsx(s, distributorName, lines, locale));
    }

    /** The statement's facts, label and text, in the order both formats show them. */
    static List<String[]> facts(StatementView s, String distributorName, Locale locale) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[]{t(locale, "distributor"), (distributorName == null ? "" : distributorName + " ") + "(" + s.distributorId() + ")"});
        f.add(new String[]{t(locale, "period"), s.period()});
        f.add(new String[]{t(locale, "status"), t(locale, "status." + s.status())});
        f.add(new String[]{t(locale, "madeAt"), at(s.madeAt())});
        f.add(new String[]{t(locale, "confirmedAt"), s.confirmedAt() == null
                ? (s.confirmsItselfAt() == null ? "" : t(locale, "confirmsItselfAt", at(s.confirmsItselfAt())))
                : at(s.confirmedAt()) + " · " + s.confirmedBy()});
        f.add(new String[]{t(locale, "settledAt"), s.settledAt() == null ? "" : at(s.settledAt()) + " · " + s.settledBy()
                + " · " + s.payoutReference()});
        f.add(new String[]{t(locale, "currency"), t(locale, "cny")});
        return f;
    }

    private static byte[] pdf(StatementView s, String distributorName, List<CommissionView> lines, String system, Locale locale) {
        List<Money> totals = List.of(s.opening(), s.accrued(), s.clawedBack(), s.closing(), s.paidOut() == null ? Money.ZERO : s.paidOut());
        List<List<String>> rows = lines.stream().map(l -> List.of(at(l.at()), Messages.get(locale, "commission.kind." + l.kind()),
                Messages.get(locale, "commission.role." + l.role()), l.customerName() == null ? String.valueOf(l.customerId() == null ? "" : l.customerId())
                        : l.customerName() + " (" + l.customerId() + ")", MoneyText.display(l.base()), l.rate().stripTrailingZeros().toPlainString(),
                MoneyText.display(l.amount()), l.sourceRef() == null ? "" : l.sourceRef())).toList();
        return PdfSheet.open(t(locale, "title") + " " + s.period(), system)
                .heading(system + " · " + t(locale, "title"))
                .facts(facts(s, distributorName, locale))
                .table(new float[]{1, 1, 1, 1, 1}, Stream.of("opening", "accrued", "clawedBack", "closing", "paidOut").map(k -> t(locale, k)).toList(),
                        new boolean[]{true, true, true, true, true}, List.of(totals.stream().map(MoneyText::display).toList()), "")
                .table(new float[]{1.8f, 0.8f, 1.4f, 2.6f, 1.2f, 0.7f, 1.1f, 2.4f}, Stream.of("at", "kind", "role", "customer", "base", "rate", "amount",
                        "source").map(c -> Messages.get(locale, "commission.col." + c)).toList(),
                        new boolean[]{false, false, false, false, true, true, true, false}, rows, t(locale, "none"))
                .note(t(locale, "note"))
                .close();
    }

    private static byte[] xlsx(StatementView s, String distributorName, List<CommissionView> lines, Locale locale) {
        List<List<Object>> figures = new ArrayList<>();
        for (String[] f : facts(s, distributorName, locale)) {
            figures.add(Arrays.asList(f[0], f[1]));
        }
        String[] keys = {"opening", "accrued", "clawedBack", "closing", "paidOut"};
        Money[] amounts = {s.opening(), s.accrued(), s.clawedBack(), s.closing(), s.paidOut() == null ? Money.ZERO : s.paidOut()};
        for (int i = 0; i < keys.length; i++) {
            figures.add(Arrays.asList(t(locale, keys[i]), amounts[i].amount()));
        }
        return ExcelWriter.write(List.of(new ExcelWriter.Tab(t(locale, "sheet"), List.of(t(locale, "item"), t(locale, "value")), figures.stream()),
                CommissionService.sheet(lines, locale)));
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.get(locale, "statement." + key, args);
    }

    private static String at(Instant at) {
        return at == null ? "" : AT.format(at);
    }
}
