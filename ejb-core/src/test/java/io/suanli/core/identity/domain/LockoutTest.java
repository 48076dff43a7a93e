package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void theFailureThatReachesTheThresholdLocks() {
        Lockout l = Lockout.NONE;
        for (int i = 1; i < 5; i++) {
            Lockout next = l.failed(T0, 5, 30);
            assertFalse(next.lockedSince(l));
            assertNull(next.lockedUntil());
            l = next;
        }
        Lockout fifth = l.failed(T0, 5, 30);
        assertTrue(fifth.lockedSince(l));
        assertEquals(T0.plusSeconds(1800), fifth.lockedUntil());
        assertTrue(fifth.isLockedAt(T0.plusSeconds(1799)));
        assertFalse(fifth.isLockedAt(T0.plusSeconds(1800)));
    }

    @Test
    void aFailureDuringTheLockDoesNotExtendIt() {
        Lockout locked = new Lockout(5, T0.plusSeconds(1800));
        Lockout again = locked.failed(T0.plusSeconds(60), 5, 30);
        assertFalse(again.lockedSince(locked));
        assertEquals(T0.plusSeconds(1800), again.lockedUntil());
    }

    @Test
    void afterTheLockEndedCountingStartsAgain() {
        Lockout ended = new Lockout(5, T0);
        Lockout next = ended.failed(T0.plusSeconds(1), 5, 30);
        assertEquals(1, next.failures());
        assertNull(next.lockedUntil());
    }

    @Test
    void thresholdZeroNeverLocks() {
        Lockout l = Lockout.NONE;
        for (int i = 0; i < 50; i++) {
            l = l.failed(T0, 0, 30);
        }
        assertEquals(50, l.failures());
        assertNull(l.lockedUntil());
    }
}
