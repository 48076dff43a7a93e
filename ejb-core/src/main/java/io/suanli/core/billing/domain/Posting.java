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
 * One line of a journal entry: a signed change of one ledger account (a customer's or the platform's), with the
 * channel the customer sees and, for customer accounts, the balance after it. Never updated.
 */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    private long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_account", nullable = false, updatable = false)
    private SubAccount subAccount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "balance_after", updatable = false, precision = 19, scale = 2)
    private BigDecimal balanceAfter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Posting() {
    }

    public Posting(long id, long entryId, Long customerId, SubAccount subAccount, Channel channel, BigDecimal amount,
                   BigDecimal balanceAfter, Instant createdAt) {
        this.id = id;
        this.entryId = entryId;
        this.customerId = customerId;
        this.subAccount = subAccount;
        this.channel = channel;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.createdAt = createdAt;
    }

    public long id() { return id; }
    public long entryId() { return entryId; }
    public Long customerId() { return customerId; }
    public SubAccount subAccount() { return subAccount; }
    public Channel channel() { return channel; }
    public BigDecimal amount() { return amount; }
    public BigDecimal balanceAfter() { return balanceAfter; }
    public Instant createdAt() { return createdAt; }
}
