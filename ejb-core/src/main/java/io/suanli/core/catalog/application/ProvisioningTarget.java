package io.suanli.core.catalog.application;

import java.io.Serializable;

/**
 * Where resources of a product are opened automatically: the cloud account serving the product's resource type, its
 * HCSO service and resource type codes, and the HCSO flavor of a spec (null when no spec was asked).
 */
public record ProvisioningTarget(String cloudAccount, String hcsoServiceType, String hcsoResourceType, String flavor) implements Serializable {

    /** A dedicated ModelArts resource pool: what the connector opens today. */
    public boolean isModelArtsPool() {
        return "hws.resource.type.ma.pool".equals(hcsoResourceType);
    }

    /**
     * A share of a shared ModelArts pool (an HCSO resource type ending in {@code .sharedpool}, as the monitoring's pool
     * kinds read it): opened as a ModelArts workspace with a quota.
     */
    public boolean isModelArtsSharedPool() {
        return hcsoResourceType != null && hcsoResourceType.endsWith(".sharedpool");
    }

    /** Whether the connector opens resources of this kind: dedicated pools, shared-pool shares and OBS buckets. */
    public boolean isAutomatic() {
        return isModelArtsPool() || isModelArtsSharedPool() || isObsBucket();
    }

    /** An OBS bucket (storage products). */
    public boolean isObsBucket() {
        return "hws.resource.type.obs.bucket".equals(hcsoResourceType);
    }
}
