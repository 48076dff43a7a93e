package io.suanli.core.ordering.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProvisioningTarget;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.CloudAccountService;
import io.suanli.integration.hcso.HcsoConnector;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.ResourcePool;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens an accepted order's resource in the cloud (I1), off the request thread: creates the dedicated ModelArts pool,
 * the shared-pool workspace or the OBS bucket through the cloud account's connector (its name is the order's client
 * token, so a retry never creates a second one), waits until it is ready, and completes the order with its
 * information. Approved changes are applied to it ({@link #resize}) and its end deletes it ({@link #release}). When the cloud refuses or the
 * pool does not become ready, the order stays in provisioning with the reason on its timeline: operations retry,
 * back-fill by hand, or reject (which refunds).
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class ProvisioningRunner {

    private static final Logger LOG = Logger.getLogger(ProvisioningRunner.class.getName());

    @Inject
    OrderRows rows;

    @Inject
    CatalogService catalog;

    @Inject
    CloudAccountService accounts;

    @Inject
    AcceptanceService acceptance;

    @Inject
    PlatformClock clock;

    @Inject
    io.suanli.core.shared.domain.AuditSink audit;

    @Inject
    @ConfigProperty(name = "suanli.hcso.ready-minutes", defaultValue = "30")
    int readyMinutes;

    /**
     * Deletes an ended resource in the cloud — its pool, its shared-pool workspace or its bucket (one already gone is
     * fine); a failure is logged and audited for operations, the resource stays ended in our books.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void release(long resourceId) {
        Resource r = rows.resource(resourceId, null);
        InCloud c = InCloud.of(r);
        if (c == null) {
            return;
        }
        String what = c.what(r);
        try {
            HcsoConnector cloud = accounts.connector(c.account());
            switch (c.kind()) {
                case BUCKET -> cloud.deleteBucket(r.resourcePoolId()); // refused (CONFLICT) while objects remain
                case WORKSPACE -> cloud.deleteWorkspace(r.resourcePoolId());
                default -> cloud.deletePool(r.resourcePoolId());
            }
            audit("RESOURCE_CLOUD_RELEASED", resourceId, what, "OK");
        } catch (HcsoException | SuanliException e) {
            LOG.log(Level.WARNING, "release of resource " + resourceId + " in the cloud failed", e);
            audit("RESOURCE_CLOUD_RELEASED", resourceId, what + ": " + reason(e), "FAILED");
        }
    }

    /**
     * Applies an approved change of a resource opened automatically in the cloud: the dedicated pool is resized to the
     * resource's node count (and awaited until it runs again), the shared-pool workspace's quota is set to it, the
     * bucket's quota to the spec's {@code quotaGb} × the quantity. Each is idempotent, so applying it again (operations
     * retry it from the change order) is harmless. The outcome goes on the change order's timeline and the audit log; a
     * spec change of a pool (another flavor) is not made in the cloud: it is reported for operations to do by hand.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resize(long resourceId, String changeOrderNo) {
        Resource r = rows.resource(resourceId, null);
        InCloud c = InCloud.of(r);
        if (c == null) {
            return;
        }
        String what = c.what(r);
        try {
            HcsoConnector cloud = accounts.connector(c.account());
            String done;
            switch (c.kind()) {
                case BUCKET -> {
                    long quotaGb = quotaGb(r);
                    cloud.createBucket(new io.suanli.integration.hcso.BucketRequest(r.resourcePoolId(), quotaGb * GB, null));
                    done = "quota " + quotaGb + " GB";
                }
                case WORKSPACE -> {
                    Map<String, Long> quota = workspaceQuota(r);
                    cloud.updateWorkspaceQuotas(r.resourcePoolId(), quota);
                    done = "quota " + quota;
                }
                default -> {
                    String flavor = flavor(r);
                    String opened = c.extra().getString("flavor", flavor);
                    if (!opened.equals(flavor)) {
                        throw new SuanliException("provisioning.flavorChange", opened, flavor);
                    }
                    cloud.resizePool(r.resourcePoolId(), r.nodes());
                    ResourcePool ready = cloud.awaitReady(r.resourcePoolId(), Duration.ofMinutes(readyMinutes));
                    done = ready.nodeCount() + " × " + ready.flavor();
                }
            }
            acceptance.cloudNote(changeOrderNo, "cloud: " + done);
            audit("RESOURCE_CLOUD_CHANGED", resourceId, what + ": " + done, "OK");
        } catch (HcsoException | SuanliException e) {
            LOG.log(Level.WARNING, "change of resource " + resourceId + " in the cloud failed", e);
            acceptance.cloudNote(changeOrderNo, "cloud change failed: " + reason(e));
            audit("RESOURCE_CLOUD_CHANGED", resourceId, what + ": " + reason(e), "FAILED");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "change of resource " + resourceId + " in the cloud failed unexpectedly", e);
            acceptance.cloudNote(changeOrderNo, "cloud change failed: UNEXPECTED: " + e);
            audit("RESOURCE_CLOUD_CHANGED", resourceId, what + ": " + e, "FAILED");
        }
    }

    /** What {@code extra.kind} says of a resource opened as an OBS bucket. */
    static final String BUCKET = "OBS_BUCKET";

    /** What {@code extra.kind} says of a share of the shared pool (a ModelArts workspace). */
    static final String WORKSPACE = "MA_WORKSPACE";

    /** What {@code extra.kind} says of a dedicated pool (also what a resource opened before kinds existed is). */
    static final String POOL = "MA_POOL";

    private static final long GB = 1024L * 1024L * 1024L;

    /**
     * Opens an OBS bucket for a storage order: its name comes from the order (so a retry finds the bucket it made
     * instead of a second one), private (no public policy), with a quota of the spec's {@code quotaGb} × the ordered
     * quantity when the spec has one.
     */
    private void bucket(HcsoConnector cloud, ProvisioningTarget t, Resource r, String orderNo) {
        String name = bucketName(orderNo);
        long quotaGb = quotaGb(r);
        cloud.createBucket(new io.suanli.integration.hcso.BucketRequest(name, quotaGb * GB, null));
        acceptance.provisioned(orderNo, new ResourceInfo(name, cloud.account().obsEndpoint().toString().replaceAll("/+$", "") + "/" + name,
                clock.now(), Map.of("kind", BUCKET, "bucket", name, "quotaGb", String.valueOf(quotaGb), "cloudAccount", t.cloudAccount())));
    }

    /**
     * Opens a share of the shared pool: a ModelArts workspace named after the order (the client token: a retry finds
     * it), whose quota on the spec's HCSO resource (the spec's HCSO code, or its attribute {@code quotaResource}) is
     * the ordered quantity × the spec's {@code quotaPerNode} (default 1) — e.g. 2 × "Ascend 910B × 8" = 16 cards when
     * the quota counts cards.
     */
    private void workspace(HcsoConnector cloud, ProvisioningTarget t, Resource r, String orderNo) {
        Map<String, Long> quota = workspaceQuota(r);
        io.suanli.integration.hcso.Workspace w = cloud.createWorkspace(new io.suanli.integration.hcso.WorkspaceRequest(orderNo,
                "Suanli " + orderNo, quota));
        Map.Entry<String, Long> q = quota.entrySet().iterator().next();
        acceptance.provisioned(orderNo, new ResourceInfo(w.id(), cloud.account().modelArtsEndpoint().toString().replaceAll("/+$", "")
                + "/console/workspaces/" + w.id(), clock.now(), Map.of("kind", WORKSPACE, "workspaceName", w.name(),
                "quotaResource", q.getKey(), "quota", String.valueOf(q.getValue()), "cloudAccount", t.cloudAccount())));
    }

    /** The shared-pool quota of a resource: its quota resource → nodes × quota per node. */
    private Map<String, Long> workspaceQuota(Resource r) {
        Map<String, String> attributes = catalog.spec(r.specCode()).attributes();
        String resource = attributes.getOrDefault("quotaResource", flavor(r)).strip();
        long perNode = Long.parseLong(attributes.getOrDefault("quotaPerNode", "1").strip());
        return Map.of(resource, perNode * Math.max(1, r.nodes()));
    }

    private long quotaGb(Resource r) {
        try {
            String q = catalog.spec(r.specCode()).attributes().get("quotaGb");
            return q == null ? 0 : Long.parseLong(q.strip()) * Math.max(1, r.nodes());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no quota for " + r.specCode(), e);
            return 0;
        }
    }

    /** The HCSO flavor of the resource's spec (its HCSO code), or the spec code when it has none. */
    private String flavor(Resource r) {
        String f = catalog.spec(r.specCode()).hcsoSpecCode();
        return f == null || f.isBlank() ? r.specCode() : f;
    }

    /** Where a resource lives in the cloud, from its {@code extra}: null when it was not opened there by us. */
    private record InCloud(jakarta.json.JsonObject extra, String account, String kind) {

        static InCloud of(Resource r) {
            jakarta.json.JsonObject extra = ProvisioningRunner.extra(r);
            String account = extra.getString("cloudAccount", null);
            return account == null || r.resourcePoolId() == null ? null : new InCloud(extra, account, extra.getString("kind", POOL));
        }

        String what(Resource r) {
            return account + " " + kindName(kind) + " " + r.resourcePoolId();
        }
    }

    private static jakarta.json.JsonObject extra(Resource r) {
        if (r.extra() == null || r.extra().isBlank()) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
        return jakarta.json.Json.createReader(new java.io.StringReader(r.extra())).readObject();
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case BUCKET -> "bucket";
            case WORKSPACE -> "workspace";
            default -> "pool";
        };
    }

    private static String reason(Exception e) {
        return e instanceof HcsoException h ? h.code() + ": " + h.getMessage() : e.getMessage();
    }

    private void audit(String action, long resourceId, String summary, String outcome) {
        audit.writeIndependently(new io.suanli.core.shared.domain.AuditRecord(clock.now(), "provisioner", "", action,
                String.valueOf(resourceId), summary, "-", "-", outcome));
    }

    /** The bucket of an order: {@code suanli-} and the order number in lower case (3–63 characters, DNS-safe). */
    static String bucketName(String orderNo) {
        return ("suanli-" + orderNo.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-"));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long resourceId, String orderNo) {
        try {
            Resource r = rows.resource(resourceId, null);
            ProvisioningTarget t = catalog.provisioning(r.productCode(), r.specCode())
                    .orElseThrow(() -> new SuanliException("order.notProvisionable", orderNo));
            HcsoConnector cloud = accounts.connector(t.cloudAccount());
            if (t.isObsBucket()) {
                bucket(cloud, t, r, orderNo);
                return;
            }
            if (t.isModelArtsSharedPool()) {
                workspace(cloud, t, r, orderNo);
                return;
            }
            ResourcePool pool = cloud.createPool(new PoolRequest(orderNo, flavor(r), r.nodes(), null, "Suanli " + orderNo));
            ResourcePool ready = cloud.awaitReady(pool.id(), Duration.ofMinutes(readyMinutes));
            acceptance.provisioned(orderNo, new ResourceInfo(ready.id(), cloud.account().modelArtsEndpoint().toString().replaceAll("/+$", "")
                    + "/console/pools/" + ready.id(), clock.now(), Map.of("kind", POOL, "poolName", ready.name(), "flavor", ready.flavor(),
                    "cloudAccount", t.cloudAccount())));
        } catch (HcsoException | SuanliException e) {
            LOG.log(Level.WARNING, "provisioning of order " + orderNo + " failed", e);
            acceptance.provisioningFailed(orderNo, reason(e));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "provisioning of order " + orderNo + " failed unexpectedly", e);
            acceptance.provisioningFailed(orderNo, "UNEXPECTED: " + e);
        }
    }
}
