package io.suanli.core.shared.domain;

import java.util.OptionalLong;

/**
 * Counts what a customer already has for a quota (O3); each context that owns something counted implements it
 * (identity: sub-users; ordering: instances, nodes and accelerators of resources). Read by the quota context.
 */
public interface QuotaUsageSource {

    /** The usage for the quota, or empty when this source does not count it. */
    OptionalLong usage(long customerId, String quotaCode);
}
