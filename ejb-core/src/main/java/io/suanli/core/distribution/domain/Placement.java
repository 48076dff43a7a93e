package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.SuanliException;

/**
 * Where an approved applicant goes (SPEC §10): one that registered with a tier-1's distributor invite code becomes that
 * tier-1's tier-2 and needs a tier-2 level; every other one becomes a tier-1 and needs a tier-1 level. So there are two
 * payout tiers at most: a tier-2 has no distributor code to recruit with.
 */
public final class Placement {

    private Placement() {
    }

    /** Checks the level chosen for an applicant with or without a tier-1 parent. */
    public static void check(Level level, Long parentCustomerId) {
        if (parentCustomerId != null && level.tier() != Tier.TWO) {
            throw new SuanliException("distribution.levelTierTwoNeeded", level.code());
        }
        if (parentCustomerId == null && level.tier() != Tier.ONE) {
            throw new SuanliException("distribution.levelTierOneNeeded", level.code());
        }
    }
}
