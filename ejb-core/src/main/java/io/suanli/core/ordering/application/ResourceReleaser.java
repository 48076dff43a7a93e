package io.suanli.core.ordering.application;

/**
 * The hook that gives cloud resources back (I1): when a resource opened automatically ends — unsubscription approved,
 * released after the retention period, its order rejected while provisioning — the releaser that opened it deletes it
 * in the cloud, after the transaction that ended it has committed. Releasing something already gone is harmless.
 */
public interface ResourceReleaser {

    /** Whether this releaser opened the resource (its extra information names the cloud account). */
    boolean opened(String resourceExtra);

    /** Deletes the resource in the cloud once the current transaction has committed. */
    void release(long resourceId);
}
