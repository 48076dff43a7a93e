package io.suanli.core.marketing.infrastructure;

import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One grant as stored (table {@code coupon_grant}): the batch, its number in the batch ({@code seq}) and among the
 * customer's grants of it ({@code nth}), both unique; its state, which moves only through {@link GrantState}.
 */
@Entity
@Table(name = "coupon_grant")
public class GrantRow {

    @Id
    private long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private long batchId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private int nth;

    @Column(nullable = false)
    private String status;

    @Column(precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Version
    private long version;

    protected GrantRow() {
    }

    public GrantRow(long id, long batchId, int seq, long customerId, int nth, GrantState state, Instant at, String by) {
        this.id = id;
        this.batchId = batchId;
        this.seq = seq;
        this.customerId = customerId;
        this.nth = nth;
        this.grantedAt = at;
        this.grantedBy = by;
        set(state);
    }

    public GrantState state(BatchKind kind, Money faceValue) {
        return new GrantState(kind, GrantState.Status.valueOf(status), balance == null ? null : Money.of(balance), faceValue);
    }

    public void set(GrantState s) {
        this.status = s.status().name();
        this.balance = s.balance() == null ? null : s.balance().amount();
    }

    public long id() { return id; }
    public long batchId() { return batchId; }
    public long customerId() { return customerId; }
    public String status() { return status; }
    public Money balance() { return balance == null ? null : Money.of(balance); }
    public Instant grantedAt() { return grantedAt; }
}
