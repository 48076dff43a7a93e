package io.suanli.integration.payment.alipay;

import java.net.URI;
import java.util.Objects;

/**
 * One Alipay application in public key mode (公钥模式), RSA2.
 *
 * @param appId           the application's id (APPID)
 * @param privateKey      the application's private key, PKCS#8 (PEM or the bare Base64 the Alipay tools produce)
 * @param alipayPublicKey Alipay's public key for this application (支付宝公钥, PEM or bare Base64) — not the
 *                        application's own public key
 * @param gatewayUrl      {@code https://openapi.alipay.com/gateway.do}; the sandbox or a local server in tests
 */
public record AlipayConfig(String appId, String privateKey, String alipayPublicKey, URI gatewayUrl) {

    /** Alipay's production gateway. */
    public static final URI PRODUCTION = URI.create("https://openapi.alipay.com/gateway.do");

    /** Alipay's sandbox gateway. */
    public static final URI SANDBOX = URI.create("https://openapi-sandbox.dl.alipaydev.com/gateway.do");

    public AlipayConfig {
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("appId is missing");
        }
        if (privateKey == null || privateKey.isBlank()) {
            throw new IllegalArgumentException("privateKey is missing");
        }
        if (alipayPublicKey == null || alipayPublicKey.isBlank()) {
            throw new IllegalArgumentException("alipayPublicKey is missing");
        }
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    }

    /** Without the private key. */
    @Override
    public String toString() {
        return "AlipayConfig[appId=" + appId + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
