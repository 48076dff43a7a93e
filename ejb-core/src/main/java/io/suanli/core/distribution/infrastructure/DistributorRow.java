package io.suanli.core.distribution.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An approved distributor (table {@code distributor}, keyed by its customer): tier, level, the tier-1 it is under (a
 * tier-2), its customer invite code and, for a tier-1 only, its distributor invite code.
 */
@Entity
@Table(name = "distributor")
public class DistributorRow {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(nullable = false)
    private int tier;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    @Column(name = "parent_customer_id", updatable = false)
    private Long parentCustomerId;

    @Column(name = "customer_invite_code", nullable = false, updatable = false)
    private String customerInviteCode;

    @Column(name = "distributor_invite_code", updatable = false)
    private String distributorInviteCode;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(name = "approved_by", nullable = false, updatable = false)
    private String approvedBy;

    protected DistributorRow() {
    }

    public DistributorRow(long customerId, int tier, String levelCode, Long parentCustomerId, String customerInviteCode,
                          String distributorInviteCode, Instant at, String by) {
        this.customerId = customerId;
        this.tier = tier;
        this.levelCode = levelCode;
        this.parentCustomerId = parentCustomerId;
        this.customerInviteCode = customerInviteCode;
        this.distributorInviteCode = distributorInviteCode;
        this.approvedAt = at;
        this.approvedBy = by;
    }

    public long customerId() { return customerId; }
    public int tier() { return tier; }
    public String levelCode() { return levelCode; }
    public Long parentCustomerId() { return parentCustomerId; }
    public String customerInviteCode() { return customerInviteCode; }
    public String distributorInviteCode() { return distributorInviteCode; }
    public Instant approvedAt() { return approvedAt; }
    public String approvedBy() { return approvedBy; }
}
