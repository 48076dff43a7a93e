package io.suanli.integration.payment.wechat;

import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.TestCertificates;
import io.suanli.integration.payment.support.Rsa;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WechatPayNotificationTest {

    private static final Instant NOW = Instant.parse("2026-07-01T02:15:31Z");
    private static final String ORDER = "R202607010001";

    private static final WechatPayFixture wechat = new WechatPayFixture();
    private final WechatPayGateway gateway = new WechatPayGateway(wechat.config(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void signedEncryptedNotificationIsReadAsPaid() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));

        PaymentNotification n = gateway.parseNotification(wechat.signedHeaders(body, NOW.getEpochSecond()), body);

        assertEquals(PaymentChannel.WECHAT, n.channel());
        assertEquals(ORDER, n.orderNumber());
        assertEquals("4200001234202607011234567890", n.transactionId());
        assertEquals(new BigDecimal("88.80"), n.amount());
        assertEquals(2, n.amount().scale());
        assertEquals("CNY", n.currency());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), n.paidAt());
        assertEquals("SUCCESS", n.rawStatus());
        assertTrue(n.paid());
    }

    @Test
    void headerNamesAreReadInAnyCase() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 1, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> lower = new HashMap<>();
        wechat.signedHeaders(body, NOW.getEpochSecond()).forEach((k, v) -> lower.put(k.toLowerCase(), v));

        assertEquals(new BigDecimal("0.01"), gateway.parseNotification(lower, body).amount());
    }

    @Test
    void notificationSignedWithAnotherKeyIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        KeyPair forger = Rsa.generateKeyPair();
        Map<String, String> headers = WechatPayFixture.signedHeaders(body, forger.getPrivate(),
                WechatPayFixture.PUBLIC_KEY_ID, NOW.getEpochSecond());

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, body));
    }

    @Test
    void bodyChangedAfterSigningIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> headers = wechat.signedHeaders(body, NOW.getEpochSecond());
        String other = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 888000, "SUCCESS",
                WechatPayFixture.MCH_ID));

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, other));
    }

    @Test
    void resourceEncryptedWithAnotherApiV3KeyIsRefused() {
        String body = WechatPayFixture.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID), WechatPayFixture.randomKey());

        assertThrows(PaymentSignatureException.class,
                () -> gateway.parseNotification(wechat.signedHeaders(body, NOW.getEpochSecond()), body));
    }

    @Test
    void unknownSerialIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> headers = WechatPayFixture.signedHeaders(body, wechat.platformKeys.getPrivate(),
                "PUB_KEY_ID_SOMEONE_ELSE", NOW.getEpochSecond());

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, body));
    }

    @Test
    void notificationWithoutSignatureHeadersIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> headers = new TreeMap<>(wechat.signedHeaders(body, NOW.getEpochSecond()));
        headers.remove("Wechatpay-Signature");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, body));
        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), body));
    }

    @Test
    void garbageSignatureIsRefusedAsForged() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> headers = new TreeMap<>(wechat.signedHeaders(body, NOW.getEpochSecond()));
        headers.put("Wechatpay-Signature", "not base64 at all!");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, body));
    }

    @Test
    void replayOlderThanFiveMinutesIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                WechatPayFixture.MCH_ID));
        Map<String, String> headers = wechat.signedHeaders(body, NOW.minusSeconds(301).getEpochSecond());

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(headers, body));
    }

    @Test
    void authenticNotificationForAnotherMerchantIsRefused() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS", "1900000999"));

        PaymentException e = assertThrows(PaymentException.class,
                () -> gateway.parseNotification(wechat.signedHeaders(body, NOW.getEpochSecond()), body));
        assertFalse(e instanceof PaymentSignatureException);
    }

    @Test
    void authenticButMalformedResourceIsAPaymentException() {
        String body = wechat.notificationBody("{\"out_trade_no\": [");

        PaymentException e = assertThrows(PaymentException.class,
                () -> gateway.parseNotification(wechat.signedHeaders(body, NOW.getEpochSecond()), body));
        assertFalse(e instanceof PaymentSignatureException);
    }

    @Test
    void notificationOfAnUnpaidStateIsReadAsNotPaid() {
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 8880, "NOTPAY",
                WechatPayFixture.MCH_ID));

        PaymentNotification n = gateway.parseNotification(wechat.signedHeaders(body, NOW.getEpochSecond()), body);

        assertFalse(n.paid());
        assertNull(n.paidAt());
        assertEquals("NOTPAY", n.rawStatus());
    }

    @Test
    void platformCertificateModeVerifiesByCertificateSerial() {
        BigInteger serial = new BigInteger("5157F09EFDC096DE15EBE81A47057A7232F1B8E2", 16);
        X509Certificate certificate = TestCertificates.selfSigned(wechat.platformKeys, serial, "Tenpay.com Root CA");
        WechatPayConfig config = WechatPayConfig.withPlatformCertificate(WechatPayFixture.MCH_ID,
                WechatPayFixture.APP_ID, WechatPayFixture.MERCHANT_SERIAL, Rsa.pem(wechat.merchantKeys.getPrivate()),
                wechat.apiV3Key, TestCertificates.pem(certificate), WechatPayConfig.PRODUCTION);
        WechatPayGateway byCertificate = new WechatPayGateway(config, Clock.fixed(NOW, ZoneOffset.UTC));
        String body = wechat.notificationBody(WechatPayFixture.transactionJson(ORDER, 100, "SUCCESS",
                WechatPayFixture.MCH_ID));

        PaymentNotification n = byCertificate.parseNotification(WechatPayFixture.signedHeaders(body,
                wechat.platformKeys.getPrivate(), serial.toString(16).toUpperCase(), NOW.getEpochSecond()), body);
        assertEquals(new BigDecimal("1.00"), n.amount());

        KeyPair forger = Rsa.generateKeyPair();
        assertThrows(PaymentSignatureException.class, () -> byCertificate.parseNotification(
                WechatPayFixture.signedHeaders(body, forger.getPrivate(), serial.toString(16).toUpperCase(),
                        NOW.getEpochSecond()), body));
    }

    @Test
    void answersAreWhatWechatPayExpects() {
        assertEquals(200, gateway.successAnswer().status());
        assertTrue(gateway.successAnswer().body().contains("\"code\":\"SUCCESS\""));
        assertTrue(gateway.successAnswer().contentType().startsWith("application/json"));
        assertEquals(400, gateway.failureAnswer().status());
        assertTrue(gateway.failureAnswer().body().contains("\"code\":\"FAIL\""));
    }

    @Test
    void configDoesNotPrintItsSecrets() {
        String text = wechat.config().toString();
        assertFalse(text.contains(wechat.apiV3Key));
        assertFalse(text.contains("PRIVATE KEY"));
    }
}
