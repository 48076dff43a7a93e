package io.suanli.core.shared.application;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the platform is served over HTTPS, by its public URL ({@code SUANLI_PUBLIC_URL}): then every cookie is
 * {@code Secure} and every page sends HSTS, also when TLS ends at a proxy in front of the server.
 */
public final class TransportSecurity {

    /** One year, subdomains included. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private TransportSecurity() {
    }

    public static boolean httpsPublicUrl() {
        return isHttps(ConfigProvider.getConfig().getOptionalValue("suanli.public-url", String.class).orElse("http://localhost:8080"));
    }

    static boolean isHttps(String publicUrl) {
        return publicUrl != null && publicUrl.strip().regionMatches(true, 0, "https://", 0, 8);
    }
}
