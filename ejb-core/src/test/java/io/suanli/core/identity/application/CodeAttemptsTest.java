package io.suanli.core.identity.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAttemptsTest {

    static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void anAddressIsBlockedAtItsLimitAndFreedAsTheWindowSlides() {
        CodeAttempts a = new CodeAttempts(3);
        for (int i = 0; i < 3; i++) {
            assertFalse(a.blocked("10.0.0.1", T0.plusSeconds(i)));
            a.failed("10.0.0.1", T0.plusSeconds(i));
        }
        assertTrue(a.blocked("10.0.0.1", T0.plusSeconds(3)));
        assertFalse(a.blocked("10.0.0.2", T0.plusSeconds(3)), "another address has its own count");
        assertTrue(a.blocked("10.0.0.1", T0.plus(CodeAttempts.WINDOW).minusSeconds(1)));
        assertFalse(a.blocked("10.0.0.1", T0.plus(CodeAttempts.WINDOW).plusSeconds(1)), "the oldest try left the window");
        assertFalse(a.blocked("10.0.0.1", T0.plus(Duration.ofHours(1))));
    }

    @Test
    void anUnknownAddressIsCountedAsOne() {
        CodeAttempts a = new CodeAttempts(1);
        a.failed(null, T0);
        assertTrue(a.blocked("", T0));
    }
}
