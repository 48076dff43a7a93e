package io.suanli.integration.payment.unionpay;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnionPayGatewayTest {

    private static final String MER_ID = "777290058110048";
    private static final String ORDER = "R202607010003";
    private static final Instant ORDERED = Instant.parse("2026-07-01T02:00:00Z");
    private static final KeyPair merchantKeys = Rsa.generateKeyPair();
    private static final KeyPair unionPayKeys = Rsa.generateKeyPair();
    private static WireMockServer server;
    private static UnionPayGateway gateway;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new UnionPayGateway(new UnionPayConfig(MER_ID, "69629715588", Rsa.pem(merchantKeys.getPrivate()),
                Rsa.pem(unionPayKeys.getPublic()), URI.create(server.baseUrl()), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    /** The back-end notification UnionPay posts to backUrl, as the UPACP specification lists its fields. */
    private static Map<String, String> notification(String txnAmt, String respCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accessType", "0");
        fields.put("bizType", "000000");
        fields.put("certId", "69042905377");
        fields.put("currencyCode", "156");
        fields.put("encoding", "UTF-8");
        fields.put("merId", MER_ID);
        fields.put("orderId", ORDER);
        fields.put("queryId", "782607011015309876543");
        fields.put("respCode", respCode);
        fields.put("respMsg", "成功[0000000]");
        fields.put("settleAmt", txnAmt);
        fields.put("settleCurrencyCode", "156");
        fields.put("settleDate", "0701");
        fields.put("signMethod", "01");
        fields.put("traceNo", "987654");
        fields.put("traceTime", "0701101530");
        fields.put("txnAmt", txnAmt);
        fields.put("txnSubType", "07");
        fields.put("txnTime", "20260701100000");
        fields.put("txnType", "01");
        fields.put("version", "5.1.0");
        return fields;
    }

    private static Map<String, String> signedBy(Map<String, String> fields, KeyPair keys) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("signature", UnionPaySignature.sign(fields, keys.getPrivate()));
        return signed;
    }

    /** A synchronous answer: plain name=value&…, signed by "UnionPay". */
    private static String answer(Map<String, String> fields) {
        return signedBy(fields, unionPayKeys).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    @Test
    void signedNotificationIsReadAsPaid() {
        PaymentNotification n = gateway.parseNotification(Map.of(),
                Forms.encode(signedBy(notification("8880", "00"), unionPayKeys)));

        assertEquals(PaymentChannel.UNIONPAY, n.channel());
        assertEquals(ORDER, n.orderNumber());
        assertEquals("782607011015309876543", n.transactionId());
        assertEquals(new BigDecimal("88.80"), n.amount());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), n.paidAt());
        assertTrue(n.paid());
    }

    @Test
    void tamperedAmountIsRefused() {
        Map<String, String> fields = signedBy(notification("1", "00"), unionPayKeys);
        fields.put("txnAmt", "1000000");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), Forms.encode(fields)));
    }

    @Test
    void notificationSignedWithAnotherKeyIsRefused() {
        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(),
                Forms.encode(signedBy(notification("8880", "00"), Rsa.generateKeyPair()))));
    }

    @Test
    void authenticNotificationForAnotherMerchantIsRefused() {
        Map<String, String> fields = notification("8880", "00");
        fields.put("merId", "777290058119999");

        PaymentException e = assertThrows(PaymentException.class,
                () -> gateway.parseNotification(Map.of(), Forms.encode(signedBy(fields, unionPayKeys))));
        assertFalse(e instanceof PaymentSignatureException);
    }

    @Test
    void failedPaymentNotificationIsNotPaid() {
        PaymentNotification n = gateway.parseNotification(Map.of(),
                Forms.encode(signedBy(notification("8880", "61"), unionPayKeys)));

        assertFalse(n.paid());
        assertEquals("61", n.rawStatus());
    }

    @Test
    void qrCodeRequestIsSignedAndInFen() {
        Map<String, String> ok = new LinkedHashMap<>();
        ok.put("respCode", "00");
        ok.put("respMsg", "成功[0000000]");
        ok.put("merId", MER_ID);
        ok.put("orderId", ORDER);
        ok.put("qrCode", "https://qr.95516.com/00010000/01234567890123456789");
        ok.put("signMethod", "01");
        server.stubFor(post(urlEqualTo(UnionPayGateway.BACK_TRANS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody(answer(ok))));

        PaymentOrder order = gateway.create(new PaymentRequest(ORDER, new BigDecimal("88.80"), "算力充值", ORDERED,
                ORDERED.plus(Duration.ofMinutes(30)), URI.create("https://suanli.example.cn/api/pay/notify/unionpay")));

        assertEquals("https://qr.95516.com/00010000/01234567890123456789", order.qrCode());
        Map<String, String> sent = Forms.decode(server.getAllServeEvents().get(0).getRequest().getBodyAsString(), null);
        assertEquals("8880", sent.get("txnAmt"));
        assertEquals("156", sent.get("currencyCode"));
        assertEquals(ORDER, sent.get("orderId"));
        assertEquals("20260701100000", sent.get("txnTime"));
        assertEquals("20260701103000", sent.get("payTimeout"));
        assertEquals("https://suanli.example.cn/api/pay/notify/unionpay", sent.get("backUrl"));
        assertTrue(UnionPaySignature.verify(sent, merchantKeys.getPublic()), "request signed with our key");
    }

    @Test
    void queryOfAPaidOrderAnswersPaid() {
        Map<String, String> ok = new LinkedHashMap<>();
        ok.put("respCode", "00");
        ok.put("origRespCode", "00");
        ok.put("merId", MER_ID);
        ok.put("orderId", ORDER);
        ok.put("queryId", "782607011015309876543");
        ok.put("txnAmt", "8880");
        ok.put("txnTime", "20260701100000");
        ok.put("traceTime", "0701101530");
        server.stubFor(post(urlEqualTo(UnionPayGateway.QUERY_TRANS)).willReturn(aResponse().withStatus(200)
                .withBody(answer(ok))));

        PaymentStatus status = gateway.query(ORDER, ORDERED);

        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals(new BigDecimal("88.80"), status.amount());
        assertEquals("782607011015309876543", status.transactionId());
        Map<String, String> sent = Forms.decode(server.getAllServeEvents().get(0).getRequest().getBodyAsString(), null);
        assertEquals("20260701100000", sent.get("txnTime"), "the order is found by number and original time");
    }

    @Test
    void queryOfAnUnknownOrderAnswersNotPaid() {
        server.stubFor(post(urlEqualTo(UnionPayGateway.QUERY_TRANS)).willReturn(aResponse().withStatus(200)
                .withBody(answer(Map.of("respCode", "34", "respMsg", "查无此交易")))));

        assertEquals(PaymentStatus.State.NOT_PAID, gateway.query(ORDER, ORDERED).state());
    }

    @Test
    void unsignedAnswerIsRefused() {
        server.stubFor(post(urlEqualTo(UnionPayGateway.QUERY_TRANS)).willReturn(aResponse().withStatus(200)
                .withBody("respCode=00&origRespCode=00&merId=" + MER_ID + "&orderId=" + ORDER + "&txnAmt=8880")));

        assertThrows(PaymentSignatureException.class, () -> gateway.query(ORDER, ORDERED));
    }

    @Test
    void answersAreHttp200ForSuccessOnly() {
        assertEquals(200, gateway.successAnswer().status());
        assertEquals(400, gateway.failureAnswer().status());
    }
}
