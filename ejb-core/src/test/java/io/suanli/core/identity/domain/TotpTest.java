package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238 appendix B, SHA1, seed "12345678901234567890" (last 6 of the 8-digit codes). */
    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(59)));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(1111111109)));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(1111111111)));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(1234567890)));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(2000000000)));
    }

    @Test
    void acceptsTheNeighbouringStepsOnly() {
        long t = 1_800_000_000L;
        String secret = Totp.newSecret();
        assertEquals(Totp.step(t), Totp.verify(secret, Totp.code(secret, Totp.step(t)), t, -1));
        assertEquals(Totp.step(t) - 1, Totp.verify(secret, Totp.code(secret, Totp.step(t) - 1), t, -1));
        assertEquals(-1, Totp.verify(secret, Totp.code(secret, Totp.step(t) - 2), t, -1));
        assertEquals(-1, Totp.verify(secret, Totp.code(secret, Totp.step(t) + 2), t, -1));
    }

    @Test
    void aUsedStepIsNotAcceptedAgain() {
        long t = 1_800_000_000L;
        String secret = Totp.newSecret();
        String code = Totp.code(secret, Totp.step(t));
        long used = Totp.verify(secret, code, t, -1);
        assertEquals(-1, Totp.verify(secret, code, t, used));
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Totp.newSecret();
        assertEquals(-1, Totp.verify(secret, "12345", 0, -1));
        assertEquals(-1, Totp.verify(secret, "abcdef", 0, -1));
        assertEquals(-1, Totp.verify(secret, null, 0, -1));
    }

    @Test
    void base32RoundTripsAndSecretsAre160Bits() {
        byte[] data = {1, 2, 3, (byte) 250, 77};
        assertArrayEquals(data, Totp.unbase32(Totp.base32(data)));
        assertEquals(32, Totp.newSecret().length());
    }

    @Test
    void enrolmentUriNamesIssuerAndAccount() {
        String uri = Totp.uri("Suanli 算力", "admin", "ABC");
        assertTrue(uri.startsWith("otpauth://totp/Suanli%20%E7%AE%97%E5%8A%9B%3Aadmin?secret=ABC&issuer=Suanli%20"), uri);
    }
}
