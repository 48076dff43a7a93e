package io.suanli.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong one-time codes per client address over a sliding window (by default twenty in fifteen minutes:
 * {@code suanli.security.code-attempts-per-address}), so that one address cannot walk through many
 * accounts' reset codes (each code already allows five tries, each account a few codes a day). Kept per server node;
 * with n nodes an address gets at most n times the limit.
 */
@ApplicationScoped
public class CodeAttempts {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "suanli.security.code-attempts-per-address", defaultValue = "20")
    int perAddress;

    public CodeAttempts() {
    }

    CodeAttempts(int perAddress) {
        this.perAddress = perAddress;
    }

    /** Whether the address has used up its wrong tries of the window. */
    public boolean blocked(String address, Instant now) {
        Deque<Instant> d = failures.get(key(address));
        if (d == null) {
            return false;
        }
        synchronized (d) {
            prune(d, now);
            return d.size() >= perAddress;
        }
    }

    /** Counts one wrong try of the address. */
    public void failed(String address, Instant now) {
        if (failures.size() > MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> d = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
        }
    }

    private static void prune(Deque<Instant> d, Instant now) {
        Instant from = now.minus(WINDOW);
        while (!d.isEmpty() && d.peekFirst().isBefore(from)) {
            d.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
