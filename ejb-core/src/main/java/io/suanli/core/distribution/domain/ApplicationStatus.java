package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.Map;
import java.util.Set;

/**
 * Where a distributor application stands (SPEC §10): PENDING until DIST_OPS_ADMIN approves it with a level or
 * rejects it with a reason; both ends are final (a rejected customer may apply again, as a new application).
 */
public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(PENDING, Set.of(APPROVED, REJECTED),
            APPROVED, Set.of(), REJECTED, Set.of());

    /** The status after moving to {@code to}; an illegal move (approving twice, rejecting an approved one) is keyed. */
    public ApplicationStatus moveTo(ApplicationStatus to) {
        if (!NEXT.get(this).contains(to)) {
            throw new SuanliException("distribution.applicationReviewed", name());
        }
        return to;
    }
}
