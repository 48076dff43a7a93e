package io.suanli.core.identity.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnknownNameFailuresTest {

    static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void aNameOfNoAccountLocksAfterTheThresholdLikeAnAccount() {
        UnknownNameFailures f = new UnknownNameFailures();
        for (int i = 1; i < 5; i++) {
            assertFalse(f.record("nobody", T0, 5, 30));
        }
        assertTrue(f.record("nobody", T0, 5, 30));
        assertTrue(f.of("nobody").isLockedAt(T0.plusSeconds(60)));
        assertFalse(f.of("somebody-else").isLockedAt(T0));
        assertEquals(0, f.of("somebody-else").failures());
    }

    @Test
    void aFullTableDropsUnlockedNamesFirst() {
        UnknownNameFailures f = new UnknownNameFailures();
        for (int i = 0; i < 5; i++) {
            f.record("locked", T0, 5, 30);
        }
        for (int i = 0; i < UnknownNameFailures.MAX_NAMES; i++) {
            f.record("n" + i, T0, 5, 30);
        }
        assertTrue(f.of("locked").isLockedAt(T0.plusSeconds(1)), "a lock survives the clean-up");
    }
}
