package io.suanli.core.service.infrastructure;

import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A red-letter invoice (红字发票) finance recorded against an issued one (table {@code red_letter_invoice}); never changed. */
@Entity
@Table(name = "red_letter_invoice")
public class RedLetterRow {

    @Id
    private long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "red_number", nullable = false, updatable = false)
    private String redNumber;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected RedLetterRow() {
    }

    public RedLetterRow(long id, long invoiceId, long customerId, String redNumber, Money amount, LocalDate issuedOn, String reason,
                        Instant at, String by) {
        this.id = id;
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.redNumber = redNumber;
        this.amount = amount.amount();
        this.issuedOn = issuedOn;
        this.reason = reason;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public long id() { return id; }
    public long invoiceId() { return invoiceId; }
    public long customerId() { return customerId; }
    public String redNumber() { return redNumber; }
    public Money amount() { return Money.of(amount); }
    public LocalDate issuedOn() { return issuedOn; }
    public String reason() { return reason; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
