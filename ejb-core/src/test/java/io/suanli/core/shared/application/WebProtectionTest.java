package io.suanli.core.shared.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebProtectionTest {

    @Test
    void everyPageGetsTheProtectiveHeaders() {
        assertEquals("nosniff", WebProtection.headers(false).get("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", WebProtection.headers(false).get("X-Frame-Options"));
        assertEquals("same-origin", WebProtection.headers(false).get("Referrer-Policy"));
        assertFalse(WebProtection.headers(false).containsKey("Strict-Transport-Security"));
        assertEquals(TransportSecurity.HSTS, WebProtection.headers(true).get("Strict-Transport-Security"));
    }

    @Test
    void onlyPrimeFacesNonceRefusalsCountAsStaleForms() {
        assertFalse(WebProtection.formWithoutItsPagesNonce(new IllegalStateException(new RuntimeException())));
        assertFalse(WebProtection.formWithoutItsPagesNonce(null));
        assertTrue(WebProtection.formWithoutItsPagesNonce(new RuntimeException(new RuntimeException(new org.primefaces.csp.CspException()))),
                "found in the cause chain");
    }
}
