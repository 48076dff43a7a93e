package io.suanli.core.ordering.domain;

/**
 * A resource's life (U7): provisioning → active → expired (grace) → frozen → released; unsubscribed when ended early.
 * A pay-as-you-go resource whose funds ran out is in arrears, frozen after the grace period.
 */
public enum ResourceStatus {
    PROVISIONING, ACTIVE, ARREARS, EXPIRED, FROZEN, RELEASED, UNSUBSCRIBED;

    /** Whether the customer still holds it (it may be renewed, changed or unsubscribed). */
    public boolean isHeld() {
        return this == ACTIVE || this == ARREARS || this == EXPIRED || this == FROZEN;
    }
}
