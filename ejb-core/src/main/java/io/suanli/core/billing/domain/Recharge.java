package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An online recharge (U8): the order a customer pays through a channel (WeChat Pay, Alipay, e-CNY, UnionPay). It is
 * {@code PENDING} until the channel confirms payment (notification or query), then {@code PAID} — the ledger entry is
 * written in the same transaction — or {@code EXPIRED} when its time ran out unpaid. A payment the channel confirms
 * after expiry is still ours and still credited: the money was taken from the payer.
 */
@Entity
@Table(name = "recharge")
public class Recharge {

    public enum Status { PENDING, PAID, EXPIRED }

    /** The channels a customer can recharge through online. */
    public static final Set<Channel> ONLINE = EnumSet.of(Channel.WECHAT, Channel.ALIPAY, Channel.ECNY, Channel.UNIONPAY);

    @Id
    private long id;

    @Column(name = "recharge_no", nullable = false, updatable = false)
    private String rechargeNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "qr_code")
    private String qrCode;

    @Column(name = "pay_url")
    private String payUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Recharge() {
    }

    public Recharge(long id, String rechargeNo, long customerId, Money amount, Channel channel, Instant at, Instant expiresAt, String by) {
        if (!amount.isPositive()) {
            throw new SuanliException("money.notPositive", amount.toString());
        }
        if (!ONLINE.contains(channel)) {
            throw new SuanliException("recharge.channelInvalid", channel.name());
        }
        this.id = id;
        this.rechargeNo = rechargeNo;
        this.customerId = customerId;
        this.amount = amount.amount();
        this.channel = channel;
        this.status = Status.PENDING;
        this.createdAt = at;
        this.expiresAt = expiresAt;
        this.createdBy = by;
    }

    /** What the payer is shown, as the channel answered it. */
    public void payWith(String qrCode, String payUrl) {
        this.qrCode = qrCode;
        this.payUrl = payUrl;
    }

    /** The channel confirmed payment with this transaction. */
    public void paid(String transactionId, Instant at) {
        if (status == Status.PAID) {
            throw new IllegalStateException("recharge " + rechargeNo + " is paid already");
        }
        this.status = Status.PAID;
        this.transactionId = transactionId;
        this.paidAt = at;
    }

    /** Unpaid past its time: it can no longer be paid (the channel order is closed). */
    public void expire(Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("recharge " + rechargeNo + " is " + status);
        }
        this.status = Status.EXPIRED;
        this.closedAt = at;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt);
    }

    public long id() { return id; }
    public String rechargeNo() { return rechargeNo; }
    public long customerId() { return customerId; }
    public Money amount() { return Money.of(amount); }
    public Channel channel() { return channel; }
    public Status status() { return status; }
    public String qrCode() { return qrCode; }
    public String payUrl() { return payUrl; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant paidAt() { return paidAt; }
    public String transactionId() { return transactionId; }
}
