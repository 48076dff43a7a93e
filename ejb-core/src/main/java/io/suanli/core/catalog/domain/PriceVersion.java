package io.suanli.core.catalog.domain;

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
 * One version of a spec's price in a strategy for a billing mode, effective from a time until the next version
 * starts (or an end time). Never changed once in effect: only its end can be set, when a later version starts.
 */
@Entity
@Table(name = "price_version")
public class PriceVersion {

    @Id
    private long id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private long strategyId;

    @Column(name = "spec_id", nullable = false, updatable = false)
    private long specId;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_mode", nullable = false, updatable = false)
    private BillingMode billingMode;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(nullable = false, updatable = false, precision = 19, scale = 6)
    private BigDecimal amount;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "effective_to")
    private Instant effectiveTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected PriceVersion() {
    }

    public PriceVersion(long id, long strategyId, long specId, PriceTimeline.Window w, String unit, BigDecimal amount,
                        BillingMode mode, Instant createdAt, String createdBy) {
        this.id = id;
        this.strategyId = strategyId;
        this.specId = specId;
        this.billingMode = mode;
        this.unit = unit;
        this.amount = amount;
        this.effectiveFrom = w.from();
        this.effectiveTo = w.to();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends this version where the next one starts. */
    public void endAt(Instant end) {
        this.effectiveTo = end;
    }

    public boolean effectiveAt(Instant t) {
        return !effectiveFrom.isAfter(t) && (effectiveTo == null || effectiveTo.isAfter(t));
    }

    public PriceTimeline.Window window() {
        return new PriceTimeline.Window(effectiveFrom, effectiveTo);
    }

    public long id() { return id; }
    public long strategyId() { return strategyId; }
    public long specId() { return specId; }
    public BillingMode billingMode() { return billingMode; }
    public String unit() { return unit; }
    public BigDecimal amount() { return amount; }
    public Instant effectiveFrom() { return effectiveFrom; }
    public Instant effectiveTo() { return effectiveTo; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
