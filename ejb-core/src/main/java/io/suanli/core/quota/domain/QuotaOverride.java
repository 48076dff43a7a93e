package io.suanli.core.quota.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A customer's own limit for a quota, set by operations; it replaces the platform default for that customer. */
@Entity
@Table(name = "quota_override")
@IdClass(QuotaOverride.Key.class)
public class QuotaOverride {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    @Column(name = "quota_code")
    private String quotaCode;

    @Column(name = "quota_limit", nullable = false)
    private int limit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected QuotaOverride() {
    }

    public QuotaOverride(long customerId, String quotaCode, int limit, Instant at, String by) {
        this.customerId = customerId;
        this.quotaCode = quotaCode;
        set(limit, at, by);
    }

    public void set(int limit, Instant at, String by) {
        this.limit = QuotaCheck.checkLimit(limit);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public long customerId() { return customerId; }
    public String quotaCode() { return quotaCode; }
    public int limit() { return limit; }

    /** The composite key. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public long customerId;
        public String quotaCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && customerId == k.customerId && Objects.equals(quotaCode, k.quotaCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, quotaCode);
        }
    }
}
