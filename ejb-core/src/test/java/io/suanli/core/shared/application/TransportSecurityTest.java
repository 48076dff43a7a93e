package io.suanli.core.shared.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportSecurityTest {

    @Test
    void httpsPublicUrlsAreSecure() {
        assertTrue(TransportSecurity.isHttps("https://suanli.example.com"));
        assertTrue(TransportSecurity.isHttps(" HTTPS://suanli.example.com/"));
        assertFalse(TransportSecurity.isHttps("http://localhost:8080"));
        assertFalse(TransportSecurity.isHttps(null));
    }
}
