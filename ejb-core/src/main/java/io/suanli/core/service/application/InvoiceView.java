package io.suanli.core.service.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice request as pages and the API show it. The e-mail address, bank account, phone and mailing address are
 * masked, except in the one request finance opens to issue it ({@code full}); {@code reversed} is what red-letter
 * invoices took back of it; {@code actions} are the verbs the caller may use now, from the status's transition table.
 */
public record InvoiceView(String invoiceNo, long customerId, String customerName, String type, boolean paper, String title, String taxNo,
                          Money amount, String email, String bankName, String bankAccount, String address, String phone, String mailTo,
                          String status, String invoiceNumber, LocalDate issuedOn, String courier, String trackingNo, String reason,
                          Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, Money reversed, boolean full,
                          List<RedLetterView> redLetters, List<String> actions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A red-letter invoice recorded against this one. */
    public record RedLetterView(String redNumber, Money amount, LocalDate issuedOn, String reason, Instant recordedAt, String recordedBy)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Whether the page may offer the action. */
    public boolean can(String action) {
        return actions.contains(action);
    }
}
