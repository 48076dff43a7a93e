package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.InvoiceIssue;
import io.suanli.core.service.domain.InvoiceRequest;
import io.suanli.core.service.domain.InvoiceStatus;
import io.suanli.core.service.domain.InvoiceType;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored invoice request (table {@code invoice}): what the customer asked for, its e-mail, bank account, phone and
 * mailing address encrypted (the caller passes them encrypted), and its review. It moves only through
 * {@link #move}, along {@link InvoiceStatus}'s table.
 */
@Entity
@Table(name = "invoice")
public class InvoiceRow {

    @Id
    private long id;

    @Column(name = "invoice_no", nullable = false, updatable = false)
    private String invoiceNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvoiceType type;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "tax_no", updatable = false)
    private String taxNo;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "email_enc", nullable = false, updatable = false)
    private String emailEnc;

    @Column(name = "bank_name", updatable = false)
    private String bankName;

    @Column(name = "bank_account_enc", updatable = false)
    private String bankAccountEnc;

    @Column(updatable = false)
    private String address;

    @Column(name = "phone_enc", updatable = false)
    private String phoneEnc;

    @Column(name = "mail_to_enc", updatable = false)
    private String mailToEnc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String courier;

    @Column(name = "tracking_no")
    private String trackingNo;

    private String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected InvoiceRow() {
    }

    /** A new pending request; the sensitive fields come encrypted. */
    public InvoiceRow(long id, String invoiceNo, long customerId, InvoiceRequest r, String emailEnc, String bankAccountEnc, String phoneEnc,
                      String mailToEnc, Instant at, String by) {
        this.id = id;
        this.invoiceNo = invoiceNo;
        this.customerId = customerId;
        this.type = r.type();
        this.title = r.title();
        this.taxNo = r.taxNo();
        this.amount = r.amount().amount();
        this.emailEnc = emailEnc;
        this.bankName = r.bankName();
        this.bankAccountEnc = bankAccountEnc;
        this.address = r.address();
        this.phoneEnc = phoneEnc;
        this.mailToEnc = mailToEnc;
        this.status = InvoiceStatus.PENDING;
        this.requestedAt = at;
        this.requestedBy = by;
    }

    /** Moves along the table: approve (with the issue), reject (with the reason) or cancel. */
    public void move(InvoiceStatus.Verb verb, InvoiceIssue issue, String reason, Instant at, String by) {
        this.status = status.apply(verb);
        if (issue != null) {
            this.invoiceNumber = issue.invoiceNumber();
            this.issuedOn = issue.issuedOn();
            this.courier = issue.courier();
            this.trackingNo = issue.trackingNo();
        }
        this.reason = reason;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public long id() { return id; }
    public String invoiceNo() { return invoiceNo; }
    public long customerId() { return customerId; }
    public InvoiceType type() { return type; }
    public String title() { return title; }
    public String taxNo() { return taxNo; }
    public Money amount() { return Money.of(amount); }
    public String emailEnc() { return emailEnc; }
    public String bankName() { return bankName; }
    public String bankAccountEnc() { return bankAccountEnc; }
    public String address() { return address; }
    public String phoneEnc() { return phoneEnc; }
    public String mailToEnc() { return mailToEnc; }
    public boolean paper() { return mailToEnc != null; }
    public InvoiceStatus status() { return status; }
    public String invoiceNumber() { return invoiceNumber; }
    public LocalDate issuedOn() { return issuedOn; }
    public String courier() { return courier; }
    public String trackingNo() { return trackingNo; }
    public String reason() { return reason; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
}
