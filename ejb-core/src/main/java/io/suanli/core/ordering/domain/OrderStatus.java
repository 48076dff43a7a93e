package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an order stands, and the one table of the moves between them (U4). A new order waits for payment, then for
 * operations' acceptance, then its resource is provisioned; a renew, change or unsubscribe order waits (after payment
 * when it costs something) for operations' approval. Anything not in the table is an error.
 */
public enum OrderStatus {
    PENDING_PAYMENT, AWAITING_ACCEPTANCE, AWAITING_APPROVAL, ACCEPTED, PROVISIONING, COMPLETED, REJECTED, CANCELLED, EXPIRED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

    static {
        NEXT.put(PENDING_PAYMENT, EnumSet.of(AWAITING_ACCEPTANCE, AWAITING_APPROVAL, CANCELLED, EXPIRED));
        NEXT.put(AWAITING_ACCEPTANCE, EnumSet.of(ACCEPTED, REJECTED));
        NEXT.put(AWAITING_APPROVAL, EnumSet.of(COMPLETED, REJECTED));
        NEXT.put(ACCEPTED, EnumSet.of(PROVISIONING, COMPLETED));
        NEXT.put(PROVISIONING, EnumSet.of(COMPLETED, REJECTED));
        for (OrderStatus s : values()) {
            NEXT.putIfAbsent(s, EnumSet.noneOf(OrderStatus.class));
        }
    }

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(OrderStatus to) {
        return NEXT.get(this).contains(to);
    }

    /** Refuses a move that is not in the table. */
    public void requireMoveTo(OrderStatus to, String orderNo) {
        if (!canMoveTo(to)) {
            throw new SuanliException("order.illegalTransition", orderNo, name(), to.name());
        }
    }

    /**
     * What a page may offer on an order in this status, read off the table: PAY and CANCEL while it can still be paid or
     * cancelled; ACCEPT while it can be accepted; APPROVE when awaiting approval (its move to COMPLETED); BACK_FILL and
     * RETRY_PROVISIONING while provisioning (its move to COMPLETED by hand, or opening it again); REJECT wherever it can be
     * rejected. Who may do it (the staff function) is the caller's business.
     */
    public List<String> actions() {
        List<String> a = new java.util.ArrayList<>();
        if (canMoveTo(AWAITING_ACCEPTANCE) || canMoveTo(AWAITING_APPROVAL)) {
            a.add("PAY");
        }
        if (canMoveTo(CANCELLED)) {
            a.add("CANCEL");
        }
        if (canMoveTo(ACCEPTED)) {
            a.add("ACCEPT");
        }
        if (this == AWAITING_APPROVAL && canMoveTo(COMPLETED)) {
            a.add("APPROVE");
        }
        if (this == PROVISIONING && canMoveTo(COMPLETED)) {
            a.add("BACK_FILL");
            a.add("RETRY_PROVISIONING");
        }
        if (canMoveTo(REJECTED)) {
            a.add("REJECT");
        }
        return List.copyOf(a);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
