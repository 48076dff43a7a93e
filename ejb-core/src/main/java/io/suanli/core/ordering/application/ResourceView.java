package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A resource as its customer sees it (U7): what, where, from when to when, and what it has cost so far. */
public record ResourceView(long id, long customerId, String status, String productCode, String specCode, String billingMode,
                           int nodes, Instant startsAt, Instant endsAt, String accessUrl, String resourcePoolId, String extra,
                           Money accumulatedCost, String originOrderNo, String pendingOrderNo, List<String> actions) implements Serializable {

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }

    static ResourceView of(Resource r) {
        return new ResourceView(r.id(), r.customerId(), r.status().name(), r.productCode(), r.specCode(), r.billingMode(), r.nodes(),
                r.activatedAt(), r.endsAt(), r.accessUrl(), r.resourcePoolId(), r.extra(), r.paidTotal(), r.originOrderNo(),
                r.pendingOrderNo(), r.status().actions());
    }

    /** Days until the end (negative after it), for the prominent expiry display; null without an end. */
    public Long daysLeft(Instant now) {
        return endsAt == null ? null : Math.floorDiv(endsAt.getEpochSecond() - now.getEpochSecond(), 86_400L);
    }
}
