package io.suanli.core.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One rated usage hour of a pay-as-you-go resource: what it cost and what could be charged at once. */
@Entity
@Table(name = "usage_hour")
@IdClass(UsageHour.Key.class)
public class UsageHour {

    /** Resource and hour. */
    public static class Key implements Serializable {
        public long resourceId;
        public Instant hourStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.resourceId == resourceId && Objects.equals(k.hourStart, hourStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resourceId, hourStart);
        }
    }

    @Id
    @Column(name = "resource_id")
    private long resourceId;

    @Id
    @Column(name = "hour_start")
    private Instant hourStart;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal rated;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal charged;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The usage rated (from SDR records), null for an hour charged by amount. */
    @Column(name = "usage_amount", precision = 19, scale = 6)
    private BigDecimal usageAmount;

    @Column(name = "price_version_id")
    private Long priceVersionId;

    /** The ledger reference of the charge that took this hour (a correction refunds against it). */
    @Column(name = "charge_ref")
    private String chargeRef;

    /** Usage × the unit price in force in the hour; null for hours rated before discounts applied (it was {@code rated}). */
    @Column(name = "list_amount", precision = 19, scale = 2)
    private BigDecimal listAmount;

    /** What the discounts in force in the hour took off its list amount. */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal discount = BigDecimal.ZERO.setScale(2);

    /** What deduction cash coupons paid of the hour (never refunded, SPEC §9); rated = charged + couponPaid + owed. */
    @Column(name = "coupon_paid", nullable = false, precision = 19, scale = 2)
    private BigDecimal couponPaid = BigDecimal.ZERO.setScale(2);

    protected UsageHour() {
    }

    public UsageHour(long resourceId, Instant hourStart, BigDecimal rated, BigDecimal charged, Instant createdAt) {
        this.resourceId = resourceId;
        this.hourStart = hourStart;
        this.rated = rated;
        this.charged = charged;
        this.createdAt = createdAt;
    }

    public UsageHour(long resourceId, Instant hourStart, BigDecimal usageAmount, Long priceVersionId, BigDecimal rated,
                     BigDecimal charged, String chargeRef, Instant createdAt) {
        this(resourceId, hourStart, rated, charged, createdAt);
        this.usageAmount = usageAmount;
        this.priceVersionId = priceVersionId;
        this.chargeRef = chargeRef;
    }

    /**
     * A correction re-rated the hour: its new usage, list amount, discount and amount due; what the ledger charged
     * moves by {@code chargedDelta}, what cash coupons paid by {@code couponDelta}.
     */
    public void rerate(BigDecimal usageAmount, Long priceVersionId, BigDecimal listAmount, BigDecimal discount, BigDecimal rated,
                       BigDecimal chargedDelta, BigDecimal couponDelta, String chargeRef) {
        this.usageAmount = usageAmount;
        this.priceVersionId = priceVersionId;
        this.listAmount = listAmount;
        this.discount = discount;
        this.rated = rated;
        this.charged = charged.add(chargedDelta);
        this.couponPaid = couponPaid.add(couponDelta);
        if (chargeRef != null && this.chargeRef == null) {
            this.chargeRef = chargeRef;
        }
    }

    public static Key key(long resourceId, Instant hourStart) {
        Key k = new Key();
        k.resourceId = resourceId;
        k.hourStart = hourStart;
        return k;
    }

    public BigDecimal rated() { return rated; }
    public BigDecimal charged() { return charged; }
    public Instant hourStart() { return hourStart; }
    public BigDecimal usageAmount() { return usageAmount; }
    public String chargeRef() { return chargeRef; }
    public BigDecimal listAmount() { return listAmount == null ? rated : listAmount; }
    public BigDecimal discount() { return discount; }
    public BigDecimal couponPaid() { return couponPaid; }
}
