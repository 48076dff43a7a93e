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
 * Opens an accepted order's resource in the cloud (I1), off the request thread: creates the dedicated ModelArts pool
 * through the cloud account's connector (its name is the order's client token, so a retry never creates a second
 * one), waits until it is ready, and completes the order with the pool's information. When the cloud refuses or the
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
     * Deletes an ended resource's pool in the cloud (a pool already gone is fine); a failure is logged and audited for
     * operations, the resource stays ended in our books.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void release(long resourceId) {
        Resource r = rows.resource(resourceId, null);
        String account = null;
        try {
            if (r.extra() == null || r.resourcePoolId() == null) {
                return;
            }
            account = jakarta.json.Json.createReader(new java.io.StringReader(r.extra())).readObject().getString("cloudAccount", null);
            if (account == null) {
                return;
            }
            boolean bucket = BUCKET.equals(jakarta.json.Json.createReader(new java.io.StringReader(r.extra())).readObject().getString("kind", null));
            if (bucket) {
                accounts.connector(account).deleteBucket(r.resourcePoolId()); // refused (CONFLICT) while objects remain
            } else {
                accounts.connector(account).deletePool(r.resourcePoolId());
            }
            audit.writeIndependently(new io.suanli.core.shared.domain.AuditRecord(clock.now(), "provisioner", "", "RESOURCE_CLOUD_RELEASED",
                    String.valueOf(resourceId), account + (bucket ? " bucket " : " pool ") + r.resourcePoolId(), "-", "-", "OK"));
        } catch (HcsoException | SuanliException e) {
            LOG.log(Level.WARNING, "release of resource " + resourceId + " in the cloud failed", e);
            audit.writeIndependently(new io.suanli.core.shared.domain.AuditRecord(clock.now(), "provisioner", "", "RESOURCE_CLOUD_RELEASED",
                    String.valueOf(resourceId), account + " pool " + r.resourcePoolId() + ": " + e.getMessage(), "-", "-", "FAILED"));
        }
    }

    /** What {@code extra.kind} says of a resource opened as an OBS bucket. */
    static final String BUCKET = "OBS_BUCKET";

    /**
     * Opens an OBS bucket for a storage order: its name comes from the order (so a retry finds the bucket it made
     * instead of a second one), private (no public policy), with a quota of the spec's {@code quotaGb} × the ordered
     * quantity when the spec has one.
     */
    private void bucket(HcsoConnector cloud, ProvisioningTarget t, Resource r, String orderNo) {
        String name = bucketName(orderNo);
        long quotaGb = 0;
        try {
            String q = catalog.spec(r.specCode()).attributes().get("quotaGb");
            quotaGb = q == null ? 0 : Long.parseLong(q.strip()) * Math.max(1, r.nodes());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no quota for " + r.specCode(), e);
        }
        cloud.createBucket(new io.suanli.integration.hcso.BucketRequest(name, quotaGb * 1024L * 1024L * 1024L, null));
        acceptance.provisioned(orderNo, new ResourceInfo(name, cloud.account().obsEndpoint().toString().replaceAll("/+$", "") + "/" + name,
                clock.now(), Map.of("kind", BUCKET, "bucket", name, "quotaGb", String.valueOf(quotaGb), "cloudAccount", t.cloudAccount())));
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
            ResourcePool pool = cloud.createPool(new PoolRequest(orderNo, t.flavor() == null ? r.specCode() : t.flavor(), r.nodes(), null,
                    "Suanli " + orderNo));
            ResourcePool ready = cloud.awaitReady(pool.id(), Duration.ofMinutes(readyMinutes));
            acceptance.provisioned(orderNo, new ResourceInfo(ready.id(), cloud.account().modelArtsEndpoint().toString().replaceAll("/+$", "")
                    + "/console/pools/" + ready.id(), clock.now(), Map.of("poolName", ready.name(), "flavor", ready.flavor(),
                    "cloudAccount", t.cloudAccount())));
        } catch (HcsoException | SuanliException e) {
            LOG.log(Level.WARNING, "provisioning of order " + orderNo + " failed", e);
            acceptance.provisioningFailed(orderNo, e instanceof HcsoException h ? h.code() + ": " + h.getMessage() : e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "provisioning of order " + orderNo + " failed unexpectedly", e);
            acceptance.provisioningFailed(orderNo, "UNEXPECTED: " + e);
        }
    }
}
