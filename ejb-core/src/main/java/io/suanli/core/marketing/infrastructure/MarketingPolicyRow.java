package io.suanli.core.marketing.infrastructure;

import io.suanli.core.marketing.domain.StackingPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The one stacking policy of the marketing center as stored (table {@code marketing_policy}, row id 1). */
@Entity
@Table(name = "marketing_policy")
public class MarketingPolicyRow {

    /** The id of the one row, seeded by the changelog. */
    public static final long ID = 1L;

    @Id
    private long id;

    @Column(nullable = false)
    private String stacking;

    @Column(name = "floor_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal floorRate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected MarketingPolicyRow() {
    }

    public StackingPolicy toDomain() {
        return new StackingPolicy(StackingPolicy.Mode.valueOf(stacking), floorRate);
    }

    /** Replaces the policy with one whose rules already hold. */
    public void set(StackingPolicy p, Instant at, String by) {
        this.stacking = p.mode().name();
        this.floorRate = p.floor();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
