package io.suanli.core.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of money: typed, tagged with its channel, identified by an idempotency key (a replayed request
 * finds it and changes nothing), with postings that sum to zero. Append-only: a correction is a new entry.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false)
    private EntryType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(name = "idem_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    /** The reference of the entry this one follows up: the charge a refund returns, the freeze an unfreeze releases. */
    @Column(name = "related_reference", updatable = false)
    private String related;

    @Column(updatable = false)
    private String memo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(name = "spec_code", updatable = false)
    private String specCode;

    @Column(name = "billing_mode", updatable = false)
    private String billingMode;

    @Column(name = "order_type", updatable = false)
    private String orderType;

    @Column(name = "discount_amount", updatable = false, precision = 19, scale = 2)
    private BigDecimal discountAmount;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected JournalEntry() {
    }

    public JournalEntry(long id, EntryType type, Channel channel, Long customerId, String idempotencyKey, String reference,
                        String related, BigDecimal amount, String memo, Instant createdAt, String createdBy) {
        this.id = id;
        this.type = type;
        this.channel = channel;
        this.customerId = customerId;
        this.idempotencyKey = idempotencyKey;
        this.reference = reference;
        this.related = related;
        this.amount = amount;
        this.memo = memo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** What the entry was for, as the charging context describes it (before it is persisted; bills group by it). */
    public JournalEntry about(String productCode, String specCode, String billingMode, String orderType, BigDecimal discount) {
        this.productCode = productCode;
        this.specCode = specCode;
        this.billingMode = billingMode;
        this.orderType = orderType;
        this.discountAmount = discount;
        return this;
    }

    public String productCode() { return productCode; }
    public String specCode() { return specCode; }
    public String billingMode() { return billingMode; }
    public String orderType() { return orderType; }
    public BigDecimal discountAmount() { return discountAmount; }

    public long id() { return id; }
    public EntryType type() { return type; }
    public Channel channel() { return channel; }
    public Long customerId() { return customerId; }
    public String idempotencyKey() { return idempotencyKey; }
    public String reference() { return reference; }
    public String related() { return related; }
    public BigDecimal amount() { return amount; }
    public String memo() { return memo; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
