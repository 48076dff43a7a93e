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
 * What a channel told us about one of its transactions, after the signature (or the channel's own answer to a query)
 * was verified: kept once per channel transaction, with what we did about it. This is the channel side of the daily
 * reconciliation; the ledger is the other.
 */
@Entity
@Table(name = "channel_payment")
public class ChannelPayment {

    /** How we learnt of it. */
    public enum Source { NOTIFICATION, QUERY }

    /** What we did with it. */
    public enum Outcome {
        /** Matched a recharge by number and exact amount and credited it. */
        CREDITED,
        /** Authentic, but the amount is not the recharge's: nothing credited, finance must look. */
        AMOUNT_MISMATCH,
        /** Authentic, but no recharge of ours has that number. */
        UNKNOWN_RECHARGE,
        /** A second, different transaction for a recharge already paid: the payer paid twice. */
        DUPLICATE_PAYMENT
    }

    @Id
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    private String transactionId;

    @Column(name = "recharge_no", nullable = false, updatable = false)
    private String rechargeNo;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String detail;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected ChannelPayment() {
    }

    public ChannelPayment(long id, Channel channel, String transactionId, String rechargeNo, BigDecimal amount, Instant paidAt,
                          Source source, Outcome outcome, String detail, Instant receivedAt) {
        this.id = id;
        this.channel = channel;
        this.transactionId = transactionId;
        this.rechargeNo = rechargeNo.length() > 64 ? rechargeNo.substring(0, 64) : rechargeNo;
        this.amount = amount;
        this.paidAt = paidAt;
        this.source = source;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.receivedAt = receivedAt;
    }

    public long id() { return id; }
    public Channel channel() { return channel; }
    public String transactionId() { return transactionId; }
    public String rechargeNo() { return rechargeNo; }
    public BigDecimal amount() { return amount; }
    public Instant paidAt() { return paidAt; }
    public Source source() { return source; }
    public Outcome outcome() { return outcome; }
    public String detail() { return detail; }
    public Instant receivedAt() { return receivedAt; }
}
