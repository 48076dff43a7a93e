package io.suanli.integration.hcso;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The cloud behind the platform for one {@link CloudAccount} (SPEC I1–I3): ModelArts dedicated resource pools,
 * OBS buckets and objects, Cloud Eye metrics.
 * <p>
 * Every call is retried on 5xx answers and timeouts within the {@link HcsoSettings} budget and fails with an
 * {@link HcsoException} carrying a stable {@link HcsoErrorCode}. Creating is safe to repeat: a pool is created under
 * the client token of its order ({@link ClientTokens}) and found again instead of created twice. Implementations are
 * thread-safe.
 */
public interface HcsoConnector {

    /** The account this connector works for. */
    CloudAccount account();

    /**
     * Calls the account for real with cheap read-only requests (ModelArts pool list, Cloud Eye metric list) and tells
     * whether it works; never throws for a cloud failure.
     */
    ConnectionCheck testConnection();

    /**
     * Creates the order's dedicated pool, or answers the one already created for it (same client token). Does not
     * wait for it to be ready: see {@link #awaitReady}.
     *
     * @throws HcsoException QUOTA_EXCEEDED, AUTH_FAILED, BAD_REQUEST, UNREACHABLE, CLOUD_ERROR…
     */
    ResourcePool createPool(PoolRequest request);

    /** The pool with this id, or empty if the cloud does not know it. */
    Optional<ResourcePool> findPool(String poolId);

    /** The pool created for this order (by its client token), or empty. */
    Optional<ResourcePool> findPoolForOrder(String orderNumber);

    /**
     * Polls the pool until it is {@link PoolStatus#READY} and answers it.
     *
     * @param maxWait how long to wait; null for the settings' ready timeout
     * @throws HcsoException FAILED_TO_BECOME_READY when it turns Abnormal/Error or the time runs out; NOT_FOUND when
     *                       it disappears
     */
    ResourcePool awaitReady(String poolId, Duration maxWait);

    /**
     * Sets the pool's node count (scale out or in); repeating it is harmless. Answers the pool as the cloud
     * describes it after the change (usually still scaling: await it again).
     */
    ResourcePool resizePool(String poolId, int nodeCount);

    /** Deletes the pool; a pool that does not exist (any more) counts as deleted. */
    void deletePool(String poolId);

    /**
     * Creates a bucket with its quota and policy; a bucket we already own under that name is reused (quota and
     * policy applied again).
     *
     * @throws HcsoException CONFLICT when the name belongs to someone else
     */
    void createBucket(BucketRequest request);

    /** Deletes an empty bucket; a missing bucket counts as deleted. CONFLICT when it is not empty. */
    void deleteBucket(String bucket);

    /** Every object whose key starts with the prefix (all pages), in key order. */
    List<StoredObject> listObjects(String bucket, String prefix);

    /**
     * Copies one object's content to {@code target} (not closed) and answers the number of bytes copied.
     *
     * @throws HcsoException NOT_FOUND when the object does not exist
     */
    long download(String bucket, String key, OutputStream target);

    /**
     * Opens the order's share of the shared pool: creates its ModelArts workspace, or finds the one already created
     * for it (same client token: looked up by name before creating and before every retry), then sets the request's
     * quotas. Answers the workspace as the cloud describes it after the quotas are set.
     *
     * @throws HcsoException QUOTA_EXCEEDED, AUTH_FAILED, BAD_REQUEST, UNREACHABLE, FAILED_TO_BECOME_READY (the cloud
     *                       answered CREATE_FAILED)…
     */
    Workspace createWorkspace(WorkspaceRequest request);

    /** The workspace created for this order (by its client token), or empty. */
    Optional<Workspace> findWorkspaceForOrder(String orderNumber);

    /**
     * Sets quotas of an existing workspace ({@code resource} → value, −1 = unlimited); repeating it is harmless.
     *
     * @throws HcsoException NOT_FOUND when the workspace does not exist, QUOTA_EXCEEDED for a value above the cloud's
     *                       maximum (BAD_REQUEST for another refusal, e.g. an unknown resource)
     */
    void updateWorkspaceQuotas(String workspaceId, java.util.Map<String, Long> quotas);

    /** Deletes the workspace; one that does not exist (any more) counts as deleted. */
    void deleteWorkspace(String workspaceId);

    /** The series of one metric over the period, oldest first; empty when Cloud Eye has no data. */
    List<MetricPoint> metrics(MetricQuery query);
}
