package io.suanli.core.ordering.application;

/**
 * The hook automatic provisioning plugs into (U4, I1): when an implementation is deployed and enabled, accepting a
 * new order without back-filled information hands the resource to it; it reports back through
 * {@link AcceptanceService#provisioned} or {@link AcceptanceService#provisioningFailed}. Without one, operations
 * back-fill the resource information by hand.
 */
public interface ResourceProvisioner {

    /** Whether this provisioner can open resources of the product (its resource type is connected). */
    boolean handles(String productCode);

    /** Starts opening the resource of an accepted order; must return quickly (the work runs elsewhere). */
    void provision(long resourceId, String orderNo);
}
