package io.suanli.core.shared.domain;

/**
 * The quota check every context calls before it adds something that counts (O3): "may this customer add N of X".
 * Implemented by the quota context; a refusal is a localized error naming the quota, its limit and the usage.
 */
public interface QuotaGate {

    /** Answers whether the customer may add {@code adding} more of the quota's item. */
    boolean may(long customerId, String quotaCode, long adding);

    /** Refuses with {@code quota.exceeded} unless the customer may add {@code adding} more. */
    void require(long customerId, String quotaCode, long adding);

    /** Whether the quota is defined at all (per-spec quotas exist only where operations added them). */
    boolean defines(String quotaCode);

    /** The limit in force for the customer: the override, else the platform default. */
    int limit(long customerId, String quotaCode);
}
