package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.AuthenticationFailedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JwtCodecTest {

    static KeyPair keys;
    static KeyPair otherKeys;
    static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        otherKeys = g.generateKeyPair();
    }

    JwtCodec codec() {
        return new JwtCodec(keys.getPrivate(), keys.getPublic(), "https://suanli.io");
    }

    @Test
    void signedTokenVerifiesWithItsClaims() {
        String token = codec().sign("customer", Set.of("CUSTOMER"), 1000001L, T0, T0.plusSeconds(3600));
        JwtCodec.Claims c = codec().verify(token, T0.plusSeconds(60));
        assertEquals("customer", c.subject());
        assertEquals(Set.of("CUSTOMER"), c.groups());
        assertEquals(1000001L, c.customerId());
        assertEquals(T0.plusSeconds(3600), c.expiresAt());
    }

    @Test
    void theCredentialStampTravelsInTheSignedToken() {
        String token = codec().sign("customer", Set.of("CUSTOMER"), 1000001L, T0, T0.plusSeconds(3600), "0011aabbccddeeff");
        assertEquals("0011aabbccddeeff", codec().verify(token, T0).stamp());
        String without = codec().sign("customer", Set.of("CUSTOMER"), 1000001L, T0, T0.plusSeconds(3600));
        assertEquals(null, codec().verify(without, T0).stamp());
    }

    @Test
    void expiredTokenIsRefusedAfterTheLeeway() {
        String token = codec().sign("admin", Set.of("SYS_ADMIN"), null, T0, T0.plusSeconds(3600));
        codec().verify(token, T0.plusSeconds(3600 + JwtCodec.LEEWAY_SECONDS - 1));
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> codec().verify(token, T0.plusSeconds(3600 + JwtCodec.LEEWAY_SECONDS)));
        assertEquals("auth.tokenExpired", e.key());
        assertEquals(401, e.httpStatus());
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        String forged = new JwtCodec(otherKeys.getPrivate(), otherKeys.getPublic(), "https://suanli.io")
                .sign("admin", Set.of("SYS_ADMIN"), null, T0, T0.plusSeconds(3600));
        assertEquals("auth.tokenInvalid", assertThrows(AuthenticationFailedException.class,
                () -> codec().verify(forged, T0)).key());
    }

    @Test
    void tamperedClaimsAreRefused() {
        String token = codec().sign("customer", Set.of("CUSTOMER"), 1L, T0, T0.plusSeconds(3600));
        String[] p = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8).replace("CUSTOMER", "SYS_ADMIN");
        String tampered = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + p[2];
        assertThrows(AuthenticationFailedException.class, () -> codec().verify(tampered, T0));
    }

    @Test
    void unsignedAlgNoneTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"https://suanli.io\",\"upn\":\"admin\",\"groups\":[\"SYS_ADMIN\"],\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));
        assertThrows(AuthenticationFailedException.class, () -> codec().verify(header + "." + body + ".", T0));
    }

    @Test
    void wrongIssuerAndGarbageAreRefused() {
        String token = new JwtCodec(keys.getPrivate(), keys.getPublic(), "https://evil.example")
                .sign("admin", Set.of("SYS_ADMIN"), null, T0, T0.plusSeconds(3600));
        assertThrows(AuthenticationFailedException.class, () -> codec().verify(token, T0));
        assertThrows(AuthenticationFailedException.class, () -> codec().verify("not-a-token", T0));
        assertThrows(AuthenticationFailedException.class, () -> codec().verify("a.b.c", T0));
        assertThrows(AuthenticationFailedException.class, () -> codec().verify(null, T0));
    }
}
