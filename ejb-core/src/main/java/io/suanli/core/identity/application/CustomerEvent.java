package io.suanli.core.identity.application;

import java.io.Serializable;

/**
 * What happened to a customer, for the contexts that act on it (marketing's automatic grants): fired inside the
 * transaction that made the change, so observers that wait for its success never see one that was rolled back.
 */
public record CustomerEvent(long customerId, Kind kind) implements Serializable {

    /** A customer registered itself or was onboarded by staff; its real-name verification was approved. */
    public enum Kind { REGISTERED, VERIFIED }
}
