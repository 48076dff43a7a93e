package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.time.Instant;

/**
 * A validity window [from, to): from is included, to is not. Either end may be open (null).
 * An empty or reversed window (to ≤ from) is refused with {@code marketing.validityInvalid}.
 */
public record Validity(Instant from, Instant to) {

    /** Valid at every instant. */
    public static final Validity ALWAYS = new Validity(null, null);

    public Validity {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new SuanliException("marketing.validityInvalid", from, to);
        }
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }
}
