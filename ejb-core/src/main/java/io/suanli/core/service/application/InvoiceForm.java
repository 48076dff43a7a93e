package io.suanli.core.service.application;

import java.io.Serial;
import java.io.Serializable;

/**
 * An invoice request as the customer sent it (SPEC §11): type NORMAL or SPECIAL; title and taxpayer id may be left
 * out (the verified ones are used) and are refused when they differ; the amount as text with at most two decimals;
 * the bank fields for a special invoice; a mailing address when paper is wanted. Its text form (the audit summary)
 * leaves out the contact and bank details.
 */
public record InvoiceForm(String type, String title, String taxNo, String amount, String email, String bankName, String bankAccount,
                          String address, String phone, String mailTo) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return type + " " + amount + (mailTo == null || mailTo.isBlank() ? "" : " paper");
    }
}
