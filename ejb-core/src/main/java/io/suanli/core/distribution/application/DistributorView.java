package io.suanli.core.distribution.application;

import java.io.Serializable;

/**
 * A distributor's own overview (U11): tier, level, its customer invite code, its distributor invite code (tier 1
 * only), its tier-1 (tier 2 only), how many customers registered with its code and how many tier-2s it has.
 */
public record DistributorView(long customerId, int tier, String levelCode, String levelName, String customerInviteCode,
                              String distributorInviteCode, Long parentCustomerId, long customers, long subDistributors)
        implements Serializable {
}
