package io.suanli.core.distribution.infrastructure;

import io.suanli.core.distribution.domain.CommissionLine;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored commission line (table {@code commission_line}), append-only. Its key makes it idempotent: an accrual is
 * {@code A:<source entry>:<distributor>}, a clawback {@code C:<refund entry>:<accrual line>}, a payout
 * {@code P:<distributor>:<period>}; a second write of the same key is refused by the database.
 */
@Entity
@Table(name = "commission_line")
public class CommissionLineRow {

    @Id
    private long id;

    @Column(name = "distributor_id", nullable = false, updatable = false)
    private long distributorId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "line_key", nullable = false, updatable = false)
    private String lineKey;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(name = "source_entry_id", updatable = false)
    private Long sourceEntryId;

    @Column(name = "source_ref", nullable = false, updatable = false)
    private String sourceRef;

    @Column(name = "accrual_id", updatable = false)
    private Long accrualId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal base;

    @Column(nullable = false, updatable = false, precision = 5, scale = 4)
    private BigDecimal rate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommissionLineRow() {
    }

    public CommissionLineRow(long id, String lineKey, CommissionLine line, Long sourceEntryId, Long accrualId, String period, Instant at) {
        this.id = id;
        this.lineKey = lineKey;
        this.distributorId = line.distributorId();
        this.kind = line.kind().name();
        this.role = line.role().name();
        this.customerId = line.kind() == CommissionLine.Kind.PAYOUT ? null : line.customerId();
        this.sourceEntryId = sourceEntryId;
        this.sourceRef = line.source();
        this.accrualId = accrualId;
        this.base = line.base().amount();
        this.rate = line.rate();
        this.amount = line.amount().amount();
        this.period = period;
        this.createdAt = at;
    }

    public CommissionLine toDomain() {
        return new CommissionLine(distributorId, CommissionLine.Kind.valueOf(kind), CommissionLine.Role.valueOf(role),
                customerId == null ? 0 : customerId, sourceRef, Money.of(base), rate, Money.of(amount));
    }

    public long id() { return id; }
    public long distributorId() { return distributorId; }
    public CommissionLine.Kind kind() { return CommissionLine.Kind.valueOf(kind); }
    public CommissionLine.Role role() { return CommissionLine.Role.valueOf(role); }
    public Long customerId() { return customerId; }
    public Long sourceEntryId() { return sourceEntryId; }
    public String sourceRef() { return sourceRef; }
    public Long accrualId() { return accrualId; }
    public Money base() { return Money.of(base); }
    public BigDecimal rate() { return rate; }
    public Money amount() { return Money.of(amount); }
    public String period() { return period; }
    public Instant createdAt() { return createdAt; }
    public String lineKey() { return lineKey; }
}
