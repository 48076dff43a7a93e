package io.suanli.integration.payment.unionpay;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One UnionPay merchant (直连商户).
 *
 * @param merId           merchant code (商户号, 15 digits)
 * @param certId          serial number of our signing certificate (签名证书序列号, decimal, as UnionPay's tools print
 *                        it)
 * @param privateKeyPem   our signing private key, PKCS#8 PEM (extract it from the {@code .pfx} UnionPay issues)
 * @param unionPayKeyPem  UnionPay's signing certificate or public key (PEM) that our verification pins
 * @param gatewayUrl      {@code https://gateway.95516.com} in production,
 *                        {@code https://gateway.test.95516.com} for the test environment; a local server in tests
 * @param timeout         how long to wait for UnionPay's answer
 */
public record UnionPayConfig(String merId, String certId, String privateKeyPem, String unionPayKeyPem, URI gatewayUrl,
                             Duration timeout) {

    /** UnionPay's production gateway. */
    public static final URI PRODUCTION = URI.create("https://gateway.95516.com");

    public UnionPayConfig {
        if (merId == null || !merId.matches("[0-9A-Za-z]{15}")) {
            throw new IllegalArgumentException("merId must be the 15-character merchant code");
        }
        if (certId == null || !certId.matches("\\d{1,40}")) {
            throw new IllegalArgumentException("certId must be the decimal serial number of the signing certificate");
        }
        if (privateKeyPem == null || privateKeyPem.isBlank() || unionPayKeyPem == null || unionPayKeyPem.isBlank()) {
            throw new IllegalArgumentException("both keys are needed");
        }
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (timeout == null) {
            timeout = Duration.ofSeconds(30);
        }
    }

    /** Without the private key. */
    @Override
    public String toString() {
        return "UnionPayConfig[merId=" + merId + ", certId=" + certId + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
