package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource's life (U7): provisioning → active → expired (grace) → frozen → released; unsubscribed when ended early.
 * A pay-as-you-go resource whose funds ran out is in arrears, frozen after the grace period. The one table of the moves
 * between them is below; {@link Resource}'s verbs move along it and anything not in it is an error.
 */
public enum ResourceStatus {
    PROVISIONING, ACTIVE, ARREARS, EXPIRED, FROZEN, RELEASED, UNSUBSCRIBED;

    private static final Map<ResourceStatus, Set<ResourceStatus>> NEXT = new EnumMap<>(ResourceStatus.class);

    static {
        // opened (back-filled or provisioned), or released when its provisioning order is rejected
        NEXT.put(PROVISIONING, EnumSet.of(ACTIVE, RELEASED));
        // funds ran out (pay-as-you-go), the term ended (prepaid), or ended on request
        NEXT.put(ACTIVE, EnumSet.of(ARREARS, EXPIRED, UNSUBSCRIBED));
        // funds back, the grace period over, or ended on request
        NEXT.put(ARREARS, EnumSet.of(ACTIVE, FROZEN, UNSUBSCRIBED));
        // renewed, the grace period over, or ended on request
        NEXT.put(EXPIRED, EnumSet.of(ACTIVE, FROZEN, UNSUBSCRIBED));
        // renewed or funds back, the retention over, or ended on request
        NEXT.put(FROZEN, EnumSet.of(ACTIVE, RELEASED, UNSUBSCRIBED));
        for (ResourceStatus s : values()) {
            NEXT.putIfAbsent(s, EnumSet.noneOf(ResourceStatus.class));
        }
    }

    /** Whether the customer still holds it (it may be renewed, changed or unsubscribed). */
    public boolean isHeld() {
        return this == ACTIVE || this == ARREARS || this == EXPIRED || this == FROZEN;
    }

    /**
     * What the customer's page may offer on a resource in this status: RENEW while held and active or able to move back to
     * ACTIVE, but not in arrears (funds, not a renewal, bring that back); CHANGE and UNSUBSCRIBE only while active. A
     * pending order and the billing mode are the caller's business.
     */
    public List<String> actions() {
        List<String> a = new java.util.ArrayList<>();
        if (this != ARREARS && (this == ACTIVE || canMoveTo(ACTIVE)) && isHeld()) {
            a.add("RENEW");
        }
        if (this == ACTIVE && canMoveTo(UNSUBSCRIBED)) {
            a.add("CHANGE");
            a.add("UNSUBSCRIBE");
        }
        return List.copyOf(a);
    }

    /** The statuses this one may move to. */
    public Set<ResourceStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(ResourceStatus to) {
        return NEXT.get(this).contains(to);
    }

    /** Refuses a move that is not in the table ({@code resource.illegalTransition}: id, from, to). */
    public void requireMoveTo(ResourceStatus to, long resourceId) {
        if (!canMoveTo(to)) {
            throw new SuanliException("resource.illegalTransition", String.valueOf(resourceId), name(), to.name());
        }
    }

    /** Released or unsubscribed: nothing moves it any more. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
