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

/**
 * A recharge cash coupon (U8): a code worth a face value, valid in a window, redeemable once into a customer's
 * cash-coupon balance. Only the SHA-256 of the code is kept (it is a bearer secret), with its last four characters.
 * Coupons made by a marketing batch of kind RECHARGE_CASH_COUPON carry the batch's id.
 */
@Entity
@Table(name = "cash_coupon")
public class CashCoupon {

    public enum Status { ACTIVE, REDEEMED }

    @Id
    private long id;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "code_hint", nullable = false, updatable = false)
    private String codeHint;

    @Column(name = "face_value", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal faceValue;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "redeemed_by")
    private Long redeemedBy;

    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    @Column(name = "batch_id", updatable = false)
    private Long batchId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected CashCoupon() {
    }

    public CashCoupon(long id, String codeHash, String codeHint, Money faceValue, Instant validFrom, Instant validTo, Instant at, String by) {
        if (!faceValue.isPositive()) {
            throw new SuanliException("money.notPositive", faceValue.toString());
        }
        if (!validTo.isAfter(validFrom)) {
            throw new SuanliException("coupon.windowInvalid");
        }
        this.id = id;
        this.codeHash = codeHash;
        this.codeHint = codeHint;
        this.faceValue = faceValue.amount();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.status = Status.ACTIVE;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** A coupon of a marketing batch (its codes exported once for offline distribution). */
    public CashCoupon(long id, long batchId, String codeHash, String codeHint, Money faceValue, Instant validFrom, Instant validTo, Instant at,
                      String by) {
        this(id, codeHash, codeHint, faceValue, validFrom, validTo, at, by);
        this.batchId = batchId;
    }

    /** Marks the coupon redeemed by the customer; refused when used, not yet valid or expired. */
    public void redeem(long customerId, Instant at) {
        if (status == Status.REDEEMED) {
            throw new SuanliException("coupon.used");
        }
        if (at.isBefore(validFrom)) {
            throw new SuanliException("coupon.notYetValid", validFrom.toString());
        }
        if (!at.isBefore(validTo)) {
            throw new SuanliException("coupon.expired", validTo.toString());
        }
        status = Status.REDEEMED;
        redeemedBy = customerId;
        redeemedAt = at;
    }

    public long id() { return id; }
    public String codeHint() { return codeHint; }
    public Money faceValue() { return Money.of(faceValue); }
    public Instant validFrom() { return validFrom; }
    public Instant validTo() { return validTo; }
    public Status status() { return status; }
    public Long redeemedBy() { return redeemedBy; }
}
