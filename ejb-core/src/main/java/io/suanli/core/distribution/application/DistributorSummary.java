package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * A distributor in a list (the ops hierarchy, a tier-1's tier-2s): who, tier, level, its tier-1, since when, how many
 * customers are bound to it and tier-2s under it, and this month's consumption of its customers (cash and credit while
 * bound) with the net commission it earned.
 */
public record DistributorSummary(long customerId, String name, int tier, String levelCode, Long parentCustomerId, Instant approvedAt,
                                 long customers, long subDistributors, Money consumedThisMonth, Money commissionThisMonth)
        implements Serializable {
}
