package io.suanli.core.service.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serial;
import java.io.Serializable;

/**
 * What a customer may invoice now (SPEC §11), as pages and the API show it: {@code consumed} (consumption paid from cash
 * and credit less its refunds), {@code invoiced} (issued less red-letter reversals), {@code pending}, {@code invoiceable}
 * (negative in 欠票, {@code debt} then what is owed), and whom invoices are made out to: the verified {@code title} and
 * {@code taxNo} (null for a person), whether it is an {@code enterprise} (special invoices) and {@code verified} at all.
 */
public record InvoiceableView(long customerId, Money consumed, Money invoiced, Money pending, Money invoiceable, boolean inDebt, Money debt,
                              boolean verified, boolean enterprise, String title, String taxNo) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
