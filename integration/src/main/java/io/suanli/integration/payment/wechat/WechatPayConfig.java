package io.suanli.integration.payment.wechat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One WeChat Pay merchant account (API v3). WeChat Pay signs its answers and notifications either with the
 * <em>platform public key</em> (微信支付公钥, the mode for accounts opened since 2024; give its id {@code PUB_KEY_ID_…}
 * and the key) or with a <em>platform certificate</em> (平台证书, older accounts; give the certificate, its serial is
 * read from it). Exactly one of the two.
 *
 * @param mchId                  merchant id (商户号)
 * @param appId                  the app id bound to the merchant (公众号/小程序/应用 appid)
 * @param merchantSerialNumber   serial number of the merchant API certificate (商户API证书序列号)
 * @param privateKeyPem          the merchant API private key, PKCS#8 PEM ({@code apiclient_key.pem})
 * @param apiV3Key               the API v3 key (32 characters) that encrypts notification resources
 * @param platformPublicKeyId    id of the platform public key, or null in certificate mode
 * @param platformPublicKeyPem   the platform public key (PEM), or null in certificate mode
 * @param platformCertificatePem the platform certificate (PEM), or null in public key mode
 * @param baseUrl                {@code https://api.mch.weixin.qq.com} in production; a local server in tests
 */
public record WechatPayConfig(String mchId, String appId, String merchantSerialNumber, String privateKeyPem,
                              String apiV3Key, String platformPublicKeyId, String platformPublicKeyPem,
                              String platformCertificatePem, URI baseUrl) {

    /** WeChat Pay's API host. */
    public static final URI PRODUCTION = URI.create("https://api.mch.weixin.qq.com");

    public WechatPayConfig {
        requireText(mchId, "mchId");
        requireText(appId, "appId");
        requireText(merchantSerialNumber, "merchantSerialNumber");
        requireText(privateKeyPem, "privateKeyPem");
        if (apiV3Key == null || apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalArgumentException("apiV3Key must be 32 bytes (AES-256)");
        }
        boolean publicKeyMode = platformPublicKeyPem != null;
        if (publicKeyMode == (platformCertificatePem != null)) {
            throw new IllegalArgumentException("give either the platform public key or the platform certificate");
        }
        if (publicKeyMode) {
            requireText(platformPublicKeyId, "platformPublicKeyId");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** An account whose answers and notifications are signed with the platform public key. */
    public static WechatPayConfig withPlatformPublicKey(String mchId, String appId, String merchantSerialNumber,
                                                        String privateKeyPem, String apiV3Key,
                                                        String platformPublicKeyId, String platformPublicKeyPem,
                                                        URI baseUrl) {
        return new WechatPayConfig(mchId, appId, merchantSerialNumber, privateKeyPem, apiV3Key, platformPublicKeyId,
                platformPublicKeyPem, null, baseUrl);
    }

    /** An account whose answers and notifications are signed with a platform certificate. */
    public static WechatPayConfig withPlatformCertificate(String mchId, String appId, String merchantSerialNumber,
                                                          String privateKeyPem, String apiV3Key,
                                                          String platformCertificatePem, URI baseUrl) {
        return new WechatPayConfig(mchId, appId, merchantSerialNumber, privateKeyPem, apiV3Key, null, null,
                platformCertificatePem, baseUrl);
    }

    boolean usesPlatformPublicKey() {
        return platformPublicKeyPem != null;
    }

    /** Without the private key and the API v3 key. */
    @Override
    public String toString() {
        return "WechatPayConfig[mchId=" + mchId + ", appId=" + appId + ", merchantSerialNumber=" + merchantSerialNumber
                + ", platform=" + (usesPlatformPublicKey() ? "public key " + platformPublicKeyId : "certificate")
                + ", baseUrl=" + baseUrl + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
