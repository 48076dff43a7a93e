package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.Lockout;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins under names that belong to no account, counted by the same {@link Lockout} rule as accounts: after
 * the threshold such a name answers {@code auth.locked} (and asks for the captcha) just as an existing account does,
 * so neither tells which usernames exist. Kept in memory per server node, at most {@value #MAX_NAMES} names (the
 * unlocked ones are dropped first when full).
 */
@ApplicationScoped
public class UnknownNameFailures {

    static final int MAX_NAMES = 100_000;

    private final Map<String, Lockout> names = new ConcurrentHashMap<>();

    public Lockout of(String name) {
        return names.getOrDefault(key(name), Lockout.NONE);
    }

    /** Counts a failure of the name; answers whether it locked the name. */
    public boolean record(String name, Instant now, int threshold, int minutes) {
        if (names.size() >= MAX_NAMES) {
            names.values().removeIf(l -> !l.isLockedAt(now));
            if (names.size() >= MAX_NAMES) {
                names.clear();
            }
        }
        Lockout[] before = new Lockout[1];
        Lockout after = names.compute(key(name), (k, l) -> {
            before[0] = l == null ? Lockout.NONE : l;
            return before[0].failed(now, threshold, minutes);
        });
        return after.lockedSince(before[0]);
    }

    private static String key(String name) {
        return name;
    }
}
