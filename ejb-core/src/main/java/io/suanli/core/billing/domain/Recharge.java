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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
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

    /**
     * PENDING → PAID or EXPIRED; EXPIRED → PAID (the channel confirmed a payment after expiry). PAID is final: a
     * second payment of a paid recharge is recorded as a duplicate by the caller, never moves it. Anything not in the
     * table is an error.
     */
    public enum Status {
        PENDING, PAID, EXPIRED;

        private static final Map<Status, Set<Status>> NEXT = new EnumMap<>(Status.class);

        static {
            NEXT.put(PENDING, EnumSet.of(PAID, EXPIRED));
            NEXT.put(EXPIRED, EnumSet.of(PAID));
            NEXT.put(PAID, EnumSet.noneOf(Status.class));
        }

        /** The statuses this one may move to. */
        public Set<Status> next() {
            return Set.copyOf(NEXT.get(this));
        }

        public boolean canMoveTo(Status to) {
            return NEXT.get(this).contains(to);
        }

        /** Refuses a move that is not in the table ({@code recharge.illegalTransition}: recharge number, from, to). */
        public void requireMoveTo(Status to, String rechargeNo) {
            if (!canMoveTo(to)) {
                throw new SuanliException("recharge.illegalTransition", rechargeNo, name(), to.name());
            }
        }

        public boolean isFinal() {
            return NEXT.get(this).isEmpty();
        }
    }

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
        move(Status.PAID);
        this.transactionId = transactionId;
        this.paidAt = at;
    }

    /** Unpaid past its time: it can no longer be paid (the channel order is closed). */
    public void expire(Instant at) {
        move(Status.EXPIRED);
        this.closedAt = at;
    }

    private void move(Status to) {
        status.requireMoveTo(to, rechargeNo);
        this.status = to;
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
