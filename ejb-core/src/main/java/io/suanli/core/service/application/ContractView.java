package io.suanli.core.service.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as pages and the API show it, with the verbs staff may use now (from the status's transition table). */
public record ContractView(long id, String contractNo, long customerId, String customerName, Money creditLine, BigDecimal discountRate,
                           LocalDate startsOn, LocalDate endsOn, String status, boolean creditGranted, List<Item> items, String reason,
                           Instant createdAt, String createdBy, Instant activatedAt, Instant closedAt, List<FileView> files, List<String> actions)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public record Item(String specCode, String billingMode, BigDecimal unitPrice) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A file of the contract: its upload id (the console serves it at {@code /files/{id}}), name and when it came. */
    public record FileView(long fileId, String fileName, Instant uploadedAt, String uploadedBy) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public boolean can(String action) {
        return actions.contains(action);
    }
}
