package io.suanli.integration.payment.wechat;

import io.suanli.integration.payment.support.Rsa;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WeChat Pay merchant account and "WeChat Pay" itself, with keys made at test time: signs answers and notifications
 * the way WeChat Pay does (SHA256withRSA over {@code timestamp\nnonce\nbody\n}; resource AES-256-GCM encrypted with
 * the API v3 key).
 */
final class WechatPayFixture {

    static final String MCH_ID = "1900000109";
    static final String APP_ID = "wxd678efh567hg6787";
    static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026010100000000000001";

    private static final SecureRandom RANDOM = new SecureRandom();

    final KeyPair merchantKeys = Rsa.generateKeyPair();
    final KeyPair platformKeys = Rsa.generateKeyPair();
    final String apiV3Key = randomKey();

    WechatPayConfig config(URI baseUrl) {
        return WechatPayConfig.withPlatformPublicKey(MCH_ID, APP_ID, MERCHANT_SERIAL, Rsa.pem(merchantKeys.getPrivate()),
                apiV3Key, PUBLIC_KEY_ID, Rsa.pem(platformKeys.getPublic()), baseUrl);
    }

    WechatPayConfig config() {
        return config(WechatPayConfig.PRODUCTION);
    }

    /** The decrypted resource of a payment notification, as WeChat Pay documents it. */
    static String transactionJson(String outTradeNo, int totalFen, String tradeState, String mchId) {
        return "{\"mchid\":\"" + mchId + "\",\"appid\":\"" + APP_ID + "\",\"out_trade_no\":\"" + outTradeNo + "\","
                + "\"transaction_id\":\"4200001234202607011234567890\",\"trade_type\":\"NATIVE\","
                + "\"trade_state\":\"" + tradeState + "\",\"trade_state_desc\":\"支付成功\",\"bank_type\":\"OTHERS\","
                + "\"attach\":\"\",\"success_time\":\"2026-07-01T10:15:30+08:00\","
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
                + "\"amount\":{\"total\":" + totalFen + ",\"payer_total\":" + totalFen
                + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
    }

    /** A notification body: the envelope with the resource encrypted with the given API v3 key. */
    static String notificationBody(String plaintext, String apiV3Key) {
        String nonce = randomText(12);
        String associatedData = "transaction";
        return "{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2026-07-01T10:15:31+08:00\","
                + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\","
                + "\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
                + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + encrypt(apiV3Key, nonce, associatedData, plaintext)
                + "\",\"associated_data\":\"" + associatedData + "\",\"nonce\":\"" + nonce + "\"}}";
    }

    String notificationBody(String plaintext) {
        return notificationBody(plaintext, apiV3Key);
    }

    /** The headers WeChat Pay sends with a body: signature over {@code timestamp\nnonce\nbody\n}. */
    static Map<String, String> signedHeaders(String body, PrivateKey key, String serial, long epochSecond) {
        String nonce = randomText(32);
        String timestamp = Long.toString(epochSecond);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", serial);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", Rsa.sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return headers;
    }

    Map<String, String> signedHeaders(String body, long epochSecond) {
        return signedHeaders(body, platformKeys.getPrivate(), PUBLIC_KEY_ID, epochSecond);
    }

    static String encrypt(String key, String nonce, String associatedData, String plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomKey() {
        return randomText(32);
    }

    static String randomText(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length).toUpperCase();
    }
}
