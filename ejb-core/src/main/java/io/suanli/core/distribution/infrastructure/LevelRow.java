package io.suanli.core.distribution.infrastructure;

import io.suanli.core.distribution.domain.Level;
import io.suanli.core.distribution.domain.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A distributor level as stored (table {@code distribution_level}); its rules live in {@link Level}. */
@Entity
@Table(name = "distribution_level")
public class LevelRow {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int tier;

    @Column(name = "commission_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal commissionRate;

    @Column(name = "override_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal overrideRate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected LevelRow() {
    }

    public LevelRow(Level l, Instant at, String by) {
        this.code = l.code();
        this.name = l.name();
        this.tier = l.tier().number();
        this.commissionRate = l.commissionRate();
        this.overrideRate = l.overrideRate();
        this.createdAt = at;
        this.createdBy = by;
    }

    public Level toDomain() {
        return new Level(code, name, Tier.of(tier), commissionRate, overrideRate);
    }

    public String code() { return code; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant endedAt() { return endedAt; }
}
