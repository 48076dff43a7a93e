package io.suanli.core.identity.domain;

import java.time.Instant;

/**
 * The lockout rule, one for existing accounts and for names that belong to no account (so that lockout tells
 * nobody which usernames exist): failures count up; the one that reaches the threshold locks for the configured
 * minutes; the first failure after a lock has ended starts counting again.
 *
 * @param failures    failures counted so far
 * @param lockedUntil end of the current lock, or null
 */
public record Lockout(int failures, Instant lockedUntil) {

    public static final Lockout NONE = new Lockout(0, null);

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failure; {@link #lockedUntil()} newly set when this failure locked. */
    public Lockout failed(Instant now, int threshold, int minutes) {
        Lockout base = lockedUntil != null && !now.isBefore(lockedUntil) ? NONE : this;
        int n = base.failures + 1;
        if (threshold > 0 && n >= threshold && base.lockedUntil == null) {
            return new Lockout(n, now.plusSeconds(60L * minutes));
        }
        return new Lockout(n, base.lockedUntil);
    }

    /** Whether going from {@code before} to this state locked. */
    public boolean lockedSince(Lockout before) {
        return lockedUntil != null && (before.lockedUntil == null || !before.lockedUntil.equals(lockedUntil));
    }
}
