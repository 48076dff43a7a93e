package io.suanli.integration.payment.ecny;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One e-CNY merchant at an operating institution.
 *
 * @param merchantId         our merchant id at the institution
 * @param privateKeyPem      our RSA private key (PKCS#8 PEM) that signs requests
 * @param platformKeyPem     the institution's public key or certificate (PEM) that signs answers and notifications
 * @param baseUrl            the institution's API base URL; a local server in tests
 * @param timeout            how long to wait for an answer
 */
public record EcnyConfig(String merchantId, String privateKeyPem, String platformKeyPem, URI baseUrl,
                         Duration timeout) {

    public EcnyConfig {
        if (merchantId == null || merchantId.isBlank()) {
            throw new IllegalArgumentException("merchantId is missing");
        }
        if (privateKeyPem == null || privateKeyPem.isBlank() || platformKeyPem == null || platformKeyPem.isBlank()) {
            throw new IllegalArgumentException("both keys are needed");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (timeout == null) {
            timeout = Duration.ofSeconds(30);
        }
    }

    /** Without the private key. */
    @Override
    public String toString() {
        return "EcnyConfig[merchantId=" + merchantId + ", baseUrl=" + baseUrl + "]";
    }
}
