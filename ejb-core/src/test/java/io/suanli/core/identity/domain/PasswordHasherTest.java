package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void newHashesUseAtLeast600000Iterations() {
        String hash = PasswordHasher.hash("Admin@2026".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertEquals(600_000, PasswordHasher.iterationsOf(hash));
        assertTrue(PasswordHasher.verify("Admin@2026".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("admin@2026".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(PasswordHasher.hash("x".toCharArray()), PasswordHasher.hash("x".toCharArray()));
    }

    @Test
    void storedHashesKeepTheirIterationCount() {
        String cheap = PasswordHasher.hash("pw".toCharArray(), new byte[16], 1000);
        assertTrue(PasswordHasher.verify("pw".toCharArray(), cheap));
        assertFalse(PasswordHasher.verify("pw2".toCharArray(), cheap));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.verify("pw".toCharArray(), null));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), "pbkdf2-sha256$x$y$z"));
        assertFalse(PasswordHasher.verify("pw".toCharArray(), "md5$1$AAAA$AAAA"));
    }

    @Test
    void demoAccountHashOfTheChangelogVerifies() {
        assertTrue(PasswordHasher.verify("Admin@2026".toCharArray(),
                "pbkdf2-sha256$600000$BWLUBWkCGC9JOqzWFWBmjg$/TbdfpRm2fIMuOncT4k1kJrq1jaNQMcXhCZubY2ReTE"));
    }
}
