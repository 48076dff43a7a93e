package io.suanli.core.ordering.application;

/**
 * The hook that keeps a resource opened automatically in step with its configuration (I1): when a change order
 * of such a resource is approved, the resizer that opened it applies the new node count in the cloud — resizes the
 * dedicated pool, sets the shared-pool workspace's quota, sets the bucket's quota — after the approval has committed,
 * and writes the outcome on the change order's timeline. Applying the same configuration twice is harmless.
 */
public interface ResourceResizer {

    /** Whether this resizer opened the resource (its extra information names the cloud account). */
    boolean opened(String resourceExtra);

    /** Applies the resource's current configuration in the cloud once the current transaction has committed. */
    void resize(long resourceId, String changeOrderNo);
}
