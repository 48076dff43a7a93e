package io.suanli.core.shared.domain;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates the primary keys of every table in one place: 64-bit, time-ordered, unique across the nodes of a
 * cluster without a round trip to the database (41 bits of milliseconds since 2024-01-01, 10 bits of a random
 * node number chosen at start, 12 bits of a sequence within the millisecond).
 */
public final class Ids {

    private static final long EPOCH = 1_704_067_200_000L;
    private static final long NODE = new SecureRandom().nextInt(1 << 10);
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static long next() {
        while (true) {
            long last = LAST.get();
            long millis = System.currentTimeMillis() - EPOCH;
            long lastMillis = last >>> 22;
            long seq;
            if (millis > lastMillis) {
                seq = 0;
            } else {
                millis = lastMillis;
                seq = (last & 0xFFF) + 1;
                if (seq > 0xFFF) {
                    Thread.onSpinWait();
                    continue;
                }
            }
            long id = (millis << 22) | (NODE << 12) | seq;
            if (LAST.compareAndSet(last, id)) {
                return id;
            }
        }
    }
}
