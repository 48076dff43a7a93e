package io.suanli.core.marketing.infrastructure;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What one order took of one grant (table {@code coupon_use}): HELD while the order is unpaid, then USED (paid) or
 * RETURNED (cancelled, expired or rejected). Both ends are final.
 */
@Entity
@Table(name = "coupon_use")
public class UseRow {

    /** The states of a use and where each may go. */
    public enum Status { HELD, USED, RETURNED }

    private static final Map<Status, Set<Status>> NEXT = Map.of(Status.HELD, Set.of(Status.USED, Status.RETURNED),
            Status.USED, Set.of(Status.RETURNED), Status.RETURNED, Set.of());

    @Id
    private long id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(name = "order_no", nullable = false, updatable = false)
    private String orderNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private String status;

    @Column(name = "held_at", nullable = false, updatable = false)
    private Instant heldAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected UseRow() {
    }

    public UseRow(long id, long grantId, String orderNo, long customerId, Money amount, Instant at) {
        this.id = id;
        this.grantId = grantId;
        this.orderNo = orderNo;
        this.customerId = customerId;
        this.amount = amount.amount();
        this.status = Status.HELD.name();
        this.heldAt = at;
    }

    /** Moves the use along its table; a rejected order's coupons come back after they were used. */
    public void move(Status to, Instant at) {
        if (!NEXT.get(status()).contains(to)) {
            throw new SuanliException("marketing.useMoveInvalid", orderNo, status, to.name());
        }
        this.status = to.name();
        this.settledAt = at;
    }

    public long id() { return id; }
    public long grantId() { return grantId; }
    public String orderNo() { return orderNo; }
    public Money amount() { return Money.of(amount); }
    public Status status() { return Status.valueOf(status); }
}
