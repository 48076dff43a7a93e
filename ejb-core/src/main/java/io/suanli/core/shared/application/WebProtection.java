package io.suanli.core.shared.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What both WARs' request filters send and decide alike, without web types: the protective headers of every page
 * (HSTS when the public URL is HTTPS), and whether a failure is a form posted without its page's CSP nonce (stale or
 * forged), which gets a fresh form instead of a 500.
 */
public final class WebProtection {

    private WebProtection() {
    }

    /** The headers of every page, in the order they are set: HSTS too when the platform is served over HTTPS. */
    public static Map<String, String> headers(boolean https) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "SAMEORIGIN");
        h.put("Referrer-Policy", "same-origin");
        if (https) {
            h.put("Strict-Transport-Security", TransportSecurity.HSTS);
        }
        return h;
    }

    /** Whether PrimeFaces refused the request because the form did not carry its page's nonce. */
    public static boolean formWithoutItsPagesNonce(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ("org.primefaces.csp.CspException".equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
