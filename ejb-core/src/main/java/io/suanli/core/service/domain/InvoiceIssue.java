package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;

import java.time.LocalDate;

/**
 * What finance records when it issues a requested invoice: the tax authority's invoice number and the issue date
 * (not in the future), and for a paper invoice the courier and tracking number.
 */
public record InvoiceIssue(String invoiceNumber, LocalDate issuedOn, String courier, String trackingNo) {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9A-Za-z]{8,32}");

    public static InvoiceIssue of(String invoiceNumber, LocalDate issuedOn, String courier, String trackingNo, boolean paper, LocalDate today) {
        String n = Validation.requiredText(invoiceNumber, 32, "invoice.invoiceNumber");
        if (!NUMBER.matcher(n).matches()) {
            throw new SuanliException("invoice.numberInvalid", n);
        }
        if (issuedOn == null) {
            throw new SuanliException("validation.required", "invoice.issuedOn");
        }
        if (issuedOn.isAfter(today)) {
            throw new SuanliException("invoice.issuedInFuture", issuedOn.toString());
        }
        String c = Validation.optionalText(courier, 50, "invoice.courier");
        String t = Validation.optionalText(trackingNo, 50, "invoice.trackingNo");
        if (paper) {
            Validation.requiredText(c, 50, "invoice.courier");
            Validation.requiredText(t, 50, "invoice.trackingNo");
        }
        return new InvoiceIssue(n, issuedOn, c, t);
    }
}
