package io.suanli.core.service.application;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.infrastructure.ExcelWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finance's invoice list as an Excel workbook, in the request's language (labels {@code invoice.col.*}, {@code invoice.status.*}). */
final class InvoiceSheet {

    private static final List<String> COLUMNS = List.of("invoiceNo", "customer", "type", "title", "taxNo", "amount", "reversed", "status",
            "invoiceNumber", "issuedOn", "requestedAt", "decidedBy", "reason");

    private InvoiceSheet() {
    }

    static byte[] write(List<InvoiceView> rows, Locale locale) {
        Stream<List<Object>> lines = rows.stream().map(v -> {
            List<Object> l = new ArrayList<>();
            l.add(v.invoiceNo());
            l.add(v.customerName() == null ? String.valueOf(v.customerId()) : v.customerName());
            l.add(Messages.get(locale, "invoice.type." + v.type()));
            l.add(v.title());
            l.add(v.taxNo() == null ? "" : v.taxNo());
            l.add(v.amount().amount());
            l.add(v.reversed().amount());
            l.add(Messages.get(locale, "invoice.status." + v.status()));
            l.add(v.invoiceNumber() == null ? "" : v.invoiceNumber());
            l.add(v.issuedOn() == null ? "" : v.issuedOn().toString());
            l.add(v.requestedAt().toString());
            l.add(v.decidedBy() == null ? "" : v.decidedBy());
            l.add(v.reason() == null ? "" : v.reason());
            return l;
        });
        return ExcelWriter.write(Messages.get(locale, "invoice.sheet"), COLUMNS.stream().map(c -> Messages.get(locale, "invoice.col." + c)).toList(),
                lines);
    }
}
