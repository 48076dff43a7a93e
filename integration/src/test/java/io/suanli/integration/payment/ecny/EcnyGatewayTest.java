package io.suanli.integration.payment.ecny;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import io.suanli.integration.payment.support.Json;
import io.suanli.integration.payment.support.Rsa;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcnyGatewayTest {

    private static final String MERCHANT = "DCEP0000123456";
    private static final String ORDER = "R202607010004";
    private static final Instant ORDERED = Instant.parse("2026-07-01T02:00:00Z");
    private static final KeyPair merchantKeys = Rsa.generateKeyPair();
    private static final KeyPair platformKeys = Rsa.generateKeyPair();
    private static WireMockServer server;
    private static EcnyGateway gateway;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new EcnyGateway(new EcnyConfig(MERCHANT, Rsa.pem(merchantKeys.getPrivate()),
                Rsa.pem(platformKeys.getPublic()), URI.create(server.baseUrl() + "/ecny/v1"), Duration.ofSeconds(5)),
                HttpClient.newHttpClient(), Clock.fixed(ORDERED, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    /** Adds the sign member the way the (assumed) institution signs. */
    private static String signed(String json, PrivateKey key) {
        JsonObject object = Json.object(json);
        return jakarta.json.Json.createObjectBuilder(object).add("sign", Rsa.sign(key, Json.signString(object)))
                .build().toString();
    }

    private static String notification(long amountFen, String status) {
        return "{\"merchantId\":\"" + MERCHANT + "\",\"merchantOrderNo\":\"" + ORDER + "\","
                + "\"transactionId\":\"DC2026070110153000001\",\"amount\":" + amountFen + ",\"currency\":\"CNY\","
                + "\"status\":\"" + status + "\",\"paidTime\":\"20260701101530\",\"signType\":\"RSA2\"}";
    }

    @Test
    void signStringIsTheSortedMembersWithoutSignAndEmpties() {
        JsonObject object = Json.object("{\"b\":\"2\",\"a\":10,\"sign\":\"x\",\"c\":\"\",\"d\":null,\"e\":true}");

        assertEquals("a=10&b=2&e=true", Json.signString(object));
    }

    @Test
    void signedNotificationIsReadAsPaid() {
        PaymentNotification n = gateway.parseNotification(Map.of(),
                signed(notification(8880, "SUCCESS"), platformKeys.getPrivate()));

        assertEquals(PaymentChannel.ECNY, n.channel());
        assertEquals(ORDER, n.orderNumber());
        assertEquals("DC2026070110153000001", n.transactionId());
        assertEquals(new BigDecimal("88.80"), n.amount());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), n.paidAt());
        assertTrue(n.paid());
    }

    @Test
    void tamperedAmountIsRefused() {
        String body = signed(notification(1, "SUCCESS"), platformKeys.getPrivate()).replace("\"amount\":1,",
                "\"amount\":1000000,");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), body));
    }

    @Test
    void notificationSignedWithAnotherKeyOrUnsignedIsRefused() {
        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(),
                signed(notification(8880, "SUCCESS"), Rsa.generateKeyPair().getPrivate())));
        assertThrows(PaymentSignatureException.class,
                () -> gateway.parseNotification(Map.of(), notification(8880, "SUCCESS")));
    }

    @Test
    void repeatedMemberIsRefused() {
        String body = signed(notification(1, "SUCCESS"), platformKeys.getPrivate()).replace("\"amount\":1,",
                "\"amount\":1,\"amount\":1000000,");

        PaymentException e = assertThrows(PaymentException.class, () -> gateway.parseNotification(Map.of(), body));
        assertFalse(e instanceof PaymentSignatureException, "refused as malformed before any signature check");
    }

    @Test
    void authenticNotificationForAnotherMerchantIsRefused() {
        String body = signed(notification(8880, "SUCCESS").replace(MERCHANT, "DCEP0000999999"),
                platformKeys.getPrivate());

        PaymentException e = assertThrows(PaymentException.class, () -> gateway.parseNotification(Map.of(), body));
        assertFalse(e instanceof PaymentSignatureException);
    }

    @Test
    void createSendsASignedOrderInFen() {
        server.stubFor(post(urlEqualTo("/ecny/v1/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(signed("{\"code\":\"SUCCESS\","
                        + "\"merchantId\":\"" + MERCHANT + "\",\"merchantOrderNo\":\"" + ORDER + "\","
                        + "\"prepayId\":\"DCP0001\",\"qrCode\":\"https://ecny.example.cn/q/DCP0001\"}",
                        platformKeys.getPrivate()))));

        PaymentOrder order = gateway.create(new PaymentRequest(ORDER, new BigDecimal("88.80"), "算力充值", ORDERED,
                ORDERED.plus(Duration.ofMinutes(30)), URI.create("https://suanli.example.cn/api/pay/notify/ecny")));

        assertEquals("https://ecny.example.cn/q/DCP0001", order.qrCode());
        assertEquals("DCP0001", order.prepayId());
        JsonObject sent = Json.object(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertEquals(8880, sent.getInt("amount"));
        assertEquals("20260701100000", sent.getString("orderTime"));
        assertEquals("20260701103000", sent.getString("expireTime"));
        assertTrue(Rsa.verify(merchantKeys.getPublic(), Json.signString(sent), sent.getString("sign")),
                "request signed with our key");
    }

    @Test
    void queryOfAPaidOrderAnswersPaid() {
        server.stubFor(post(urlEqualTo("/ecny/v1/orders/query")).willReturn(aResponse().withStatus(200)
                .withBody(signed("{\"code\":\"SUCCESS\",\"merchantId\":\"" + MERCHANT + "\",\"merchantOrderNo\":\""
                        + ORDER + "\",\"status\":\"SUCCESS\",\"transactionId\":\"DC2026070110153000001\","
                        + "\"amount\":8880,\"paidTime\":\"20260701101530\"}", platformKeys.getPrivate()))));

        PaymentStatus status = gateway.query(ORDER, ORDERED);

        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals(new BigDecimal("88.80"), status.amount());
    }

    @Test
    void queryAnswerWithAForgedSignatureIsRefused() {
        server.stubFor(post(urlEqualTo("/ecny/v1/orders/query")).willReturn(aResponse().withStatus(200)
                .withBody(signed("{\"code\":\"SUCCESS\",\"merchantId\":\"" + MERCHANT + "\",\"merchantOrderNo\":\""
                        + ORDER + "\",\"status\":\"SUCCESS\",\"transactionId\":\"X\",\"amount\":1,"
                        + "\"paidTime\":\"20260701101530\"}", Rsa.generateKeyPair().getPrivate()))));

        assertThrows(PaymentSignatureException.class, () -> gateway.query(ORDER, ORDERED));
    }

    @Test
    void closeOfAPaidOrderSaysSo() {
        server.stubFor(post(urlEqualTo("/ecny/v1/orders/close")).willReturn(aResponse().withStatus(200)
                .withBody(signed("{\"code\":\"ORDER_PAID\",\"message\":\"订单已支付\"}", platformKeys.getPrivate()))));

        assertThrows(PaymentAlreadyPaidException.class, () -> gateway.close(ORDER));
    }
}
