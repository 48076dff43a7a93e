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

    protected UsageHour() {
    }

    public UsageHour(long resourceId, Instant hourStart, BigDecimal rated, BigDecimal charged, Instant createdAt) {
        this.resourceId = resourceId;
        this.hourStart = hourStart;
        this.rated = rated;
        this.charged = charged;
        this.createdAt = createdAt;
    }

    public static Key key(long resourceId, Instant hourStart) {
        Key k = new Key();
        k.resourceId = resourceId;
        k.hourStart = hourStart;
        return k;
    }

    public BigDecimal rated() { return rated; }
    public BigDecimal charged() { return charged; }
}
