package io.suanli.integration.payment.wechat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import io.suanli.integration.payment.support.Rsa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real SDK code path (request signing, answer verification) against WireMock stubs of the WeChat Pay API v3. */
class WechatPayApiTest {

    private static final String ORDER = "R202607010001";
    private static final WechatPayFixture wechat = new WechatPayFixture();
    private static WireMockServer server;
    private static WechatPayGateway gateway;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new WechatPayGateway(wechat.config(URI.create(server.baseUrl())), java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @Test
    void prepaySendsTheOrderInFenAndAnswersTheCodeUrl() throws Exception {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/native"))
                .willReturn(signed(200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}")));

        PaymentOrder order = gateway.create(new PaymentRequest(ORDER, new BigDecimal("88.8"), "算力充值",
                Instant.parse("2026-07-01T02:00:00Z"), Instant.parse("2026-07-01T02:30:00Z"),
                URI.create("https://suanli.example.cn/api/pay/notify/wechat")));

        assertEquals("weixin://wxpay/bizpayurl?pr=p4lpSuKzz", order.qrCode());
        assertNull(order.payUrl());
        server.verify(postRequestedFor(urlEqualTo("/v3/pay/transactions/native")).withRequestBody(equalToJson(
                "{\"appid\":\"" + WechatPayFixture.APP_ID + "\",\"mchid\":\"" + WechatPayFixture.MCH_ID + "\","
                        + "\"description\":\"算力充值\",\"out_trade_no\":\"" + ORDER + "\","
                        + "\"time_expire\":\"2026-07-01T10:30:00+08:00\","
                        + "\"notify_url\":\"https://suanli.example.cn/api/pay/notify/wechat\","
                        + "\"amount\":{\"total\":8880,\"currency\":\"CNY\"}}")));
        LoggedRequest sent = server.getAllServeEvents().get(0).getRequest();
        assertMerchantSigned(sent);
    }

    @Test
    void prepayAnswerWithAForgedSignatureIsRefused() {
        String body = "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=evil\"}";
        ResponseDefinitionBuilder answer = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body);
        WechatPayFixture.signedHeaders(body, Rsa.generateKeyPair().getPrivate(), WechatPayFixture.PUBLIC_KEY_ID,
                Instant.now().getEpochSecond()).forEach(answer::withHeader);
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/native")).willReturn(answer));

        assertThrows(PaymentSignatureException.class, () -> gateway.create(new PaymentRequest(ORDER, BigDecimal.ONE,
                "算力充值", Instant.parse("2026-07-01T02:00:00Z"), Instant.parse("2026-07-01T02:30:00Z"),
                URI.create("https://suanli.example.cn/notify"))));
    }

    @Test
    void prepayRefusedByWechatPayIsAPaymentException() {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/native")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"PARAM_ERROR\",\"message\":\"time_expire 格式错误\"}")));

        PaymentException e = assertThrows(PaymentException.class, () -> gateway.create(new PaymentRequest(ORDER,
                BigDecimal.ONE, "算力充值", Instant.parse("2026-07-01T02:00:00Z"),
                Instant.parse("2026-07-01T02:30:00Z"), URI.create("https://suanli.example.cn/notify"))));
        assertTrue(e.getMessage().contains("PARAM_ERROR"));
    }

    @Test
    void queryOfAPaidOrderAnswersPaid() {
        server.stubFor(get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER))
                .withQueryParam("mchid", equalTo(WechatPayFixture.MCH_ID))
                .willReturn(signed(200, WechatPayFixture.transactionJson(ORDER, 8880, "SUCCESS",
                        WechatPayFixture.MCH_ID))));

        PaymentStatus status = gateway.query(ORDER, Instant.parse("2026-07-01T02:00:00Z"));

        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals("4200001234202607011234567890", status.transactionId());
        assertEquals(new BigDecimal("88.80"), status.amount());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), status.paidAt());
    }

    @Test
    void queryOfAnUnpaidOrderAnswersNotPaid() {
        server.stubFor(get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER))
                .willReturn(signed(200, WechatPayFixture.transactionJson(ORDER, 8880, "NOTPAY",
                        WechatPayFixture.MCH_ID))));

        assertEquals(PaymentStatus.State.NOT_PAID, gateway.query(ORDER, Instant.now()).state());
    }

    @Test
    void queryOfAnUnknownOrderAnswersNotPaid() {
        server.stubFor(get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER)).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}")));

        PaymentStatus status = gateway.query(ORDER, Instant.now());

        assertEquals(PaymentStatus.State.NOT_PAID, status.state());
        assertEquals("ORDER_NOT_EXIST", status.rawStatus());
    }

    @Test
    void closeOfAnUnpaidOrderSucceeds() {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER + "/close"))
                .willReturn(signed(204, "")));

        gateway.close(ORDER);

        server.verify(postRequestedFor(urlEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER + "/close"))
                .withRequestBody(equalToJson("{\"mchid\":\"" + WechatPayFixture.MCH_ID + "\"}")));
    }

    @Test
    void closeOfAPaidOrderSaysSo() {
        server.stubFor(post(urlEqualTo("/v3/pay/transactions/out-trade-no/" + ORDER + "/close")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"ORDERPAID\",\"message\":\"订单已支付\"}")));

        assertThrows(PaymentAlreadyPaidException.class, () -> gateway.close(ORDER));
    }

    /** An answer signed the way WeChat Pay signs its answers. */
    private static ResponseDefinitionBuilder signed(int status, String body) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(status).withBody(body);
        if (!body.isEmpty()) {
            answer.withHeader("Content-Type", "application/json");
        }
        Map<String, String> headers = wechat.signedHeaders(body, Instant.now().getEpochSecond());
        headers.forEach(answer::withHeader);
        return answer.withHeader("Request-ID", "08F4D7E2B106101C18E5A2E90B2082804C");
    }

    /** The Authorization header is a WECHATPAY2-SHA256-RSA2048 signature by the merchant key. */
    private static void assertMerchantSigned(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        assertTrue(authorization.startsWith("WECHATPAY2-SHA256-RSA2048 "), authorization);
        assertEquals(WechatPayFixture.MCH_ID, field(authorization, "mchid"));
        assertEquals(WechatPayFixture.MERCHANT_SERIAL, field(authorization, "serial_no"));
        String message = request.getMethod().getName() + "\n" + request.getUrl() + "\n"
                + field(authorization, "timestamp") + "\n" + field(authorization, "nonce_str") + "\n"
                + request.getBodyAsString() + "\n";
        assertTrue(Rsa.verify(wechat.merchantKeys.getPublic(), message, field(authorization, "signature")));
    }

    private static String field(String authorization, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(authorization);
        assertTrue(m.find(), name + " in " + authorization);
        return m.group(1);
    }
}
