package io.suanli.core.billing.application;

import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.infrastructure.PdfSheet;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * A kept bill as a PDF document (U8, O4): heading, customer, period, the totals and the lines, in the reader's language
 * (labels from the {@code bill-pdf} bundle, zh default, en), laid out by {@link PdfSheet}.
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
        List<List<String>> lines = bill.lines().stream().map(l -> List.of(l.productCode(), l.specCode(),
                label(t, "mode." + l.billingMode(), l.billingMode()), label(t, "orderType." + l.orderType(), l.orderType()),
                label(t, "kind." + l.kind(), l.kind()), MoneyText.display(l.amount()), MoneyText.display(l.discount()),
                Integer.toString(l.entries()))).toList();
        return PdfSheet.open(label(t, "title") + " " + bill.period(), system)
                .heading(system + " · " + label(t, "title"))
                .facts(List.of(new String[]{label(t, "customer"), (customerName == null ? "" : customerName + " ") + "(" + bill.customerId() + ")"},
                        new String[]{label(t, "period"), bill.period()},
                        new String[]{label(t, "builtAt"), bill.builtAt() == null ? label(t, "running") : AT.format(bill.builtAt())},
                        new String[]{label(t, "currency"), label(t, "cny")}))
                .table(new float[]{1, 1, 1, 1, 1}, Stream.of("charged", "refunded", "total", "discount", "invoiced").map(k -> label(t, k)).toList(),
                        new boolean[]{true, true, true, true, true}, List.of(Stream.of(bill.charged(), bill.refunded(), bill.total(), bill.discount(),
                                bill.invoiced()).map(MoneyText::display).toList()), "")
                .table(new float[]{3, 3, 1.6f, 1.4f, 1, 1.6f, 1.4f, 0.8f}, Stream.of("product", "spec", "billingMode", "orderType", "kind", "amount",
                        "lineDiscount", "entries").map(k -> label(t, k)).toList(),
                        new boolean[]{false, false, false, false, false, true, true, true}, lines, label(t, "none"))
                .note(label(t, "note"))
                .close();
    }

    /** The file name of a bill's PDF. */
    public static String fileName(BillView bill) {
        return "bill-" + bill.customerId() + "-" + bill.period() + ".pdf";
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
