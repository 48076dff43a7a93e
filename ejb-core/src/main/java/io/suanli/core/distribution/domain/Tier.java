package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.SuanliException;

/**
 * The two payout tiers (SPEC §10; Chinese law forbids pay for deeper recruitment chains): a tier-1 distributor (一级)
 * recruits tier-2 distributors (二级) and earns an override on their customers; a tier-2 refers customers only.
 */
public enum Tier {
    ONE, TWO;

    /** The tier of its number, 1 or 2; anything else is a keyed error. */
    public static Tier of(Integer number) {
        if (number == null) {
            throw new SuanliException("validation.required", "distribution.tier");
        }
        return switch (number) {
            case 1 -> ONE;
            case 2 -> TWO;
            default -> throw new SuanliException("distribution.tierInvalid", number);
        };
    }

    public int number() {
        return ordinal() + 1;
    }
}
