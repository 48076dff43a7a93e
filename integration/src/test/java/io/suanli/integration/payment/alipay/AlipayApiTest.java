package io.suanli.integration.payment.alipay;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real SDK code path (request signing, answer verification) against a WireMock stub of the Alipay gateway. */
class AlipayApiTest {

    private static final String ORDER = "R202607010002";
    private static final AlipayFixture alipay = new AlipayFixture();
    private static WireMockServer server;
    private static AlipayGateway gateway;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        gateway = new AlipayGateway(alipay.config(URI.create(server.baseUrl() + "/gateway.do")));
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
    void precreateSendsTheSignedOrderAndAnswersTheQrCode() {
        stub("alipay.trade.precreate", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + ORDER
                + "\",\"qr_code\":\"https://qr.alipay.com/bax03431ljhokirwl38f00a7\"}");

        PaymentOrder order = gateway.create(new PaymentRequest(ORDER, new BigDecimal("88.8"), "算力充值",
                Instant.parse("2026-07-01T02:00:00Z"), Instant.parse("2026-07-01T02:30:00Z"),
                URI.create("https://suanli.example.cn/api/pay/notify/alipay")));

        assertEquals("https://qr.alipay.com/bax03431ljhokirwl38f00a7", order.qrCode());
        Map<String, String> sent = parameters(server.getAllServeEvents().get(0).getRequest());
        assertEquals(AlipayFixture.APP_ID, sent.get("app_id"));
        assertEquals("RSA2", sent.get("sign_type"));
        assertEquals("https://suanli.example.cn/api/pay/notify/alipay", sent.get("notify_url"));
        String biz = sent.get("biz_content");
        assertTrue(biz.contains("\"out_trade_no\":\"" + ORDER + "\""), biz);
        assertTrue(biz.contains("\"total_amount\":\"88.80\""), biz);
        assertTrue(biz.contains("\"time_expire\":\"2026-07-01 10:30:00\""), biz);
        assertTrue(Rsa.verify(alipay.appKeys.getPublic(), Forms.signString(sent, List.of("sign"), true),
                sent.get("sign")), "request signed with the application's key");
    }

    @Test
    void precreateAnswerWithAForgedSignatureIsRefused() {
        String node = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + ORDER
                + "\",\"qr_code\":\"https://qr.alipay.com/evil\"}";
        String forged = "{\"alipay_trade_precreate_response\":" + node + ",\"sign\":\""
                + Rsa.sign(Rsa.generateKeyPair().getPrivate(), node) + "\"}";
        server.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(answer(forged)));

        assertThrows(PaymentSignatureException.class, () -> gateway.create(new PaymentRequest(ORDER, BigDecimal.TEN,
                "算力充值", Instant.parse("2026-07-01T02:00:00Z"), Instant.parse("2026-07-01T02:30:00Z"),
                URI.create("https://suanli.example.cn/notify"))));
    }

    @Test
    void queryOfAPaidTradeAnswersPaid() {
        stub("alipay.trade.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"159****5620\","
                + "\"buyer_pay_amount\":\"88.80\",\"out_trade_no\":\"" + ORDER + "\",\"send_pay_date\":\"2026-07-01 10:15:30\","
                + "\"total_amount\":\"88.80\",\"trade_no\":\"2026070122001446881000000001\",\"trade_status\":\"TRADE_SUCCESS\"}");

        PaymentStatus status = gateway.query(ORDER, Instant.parse("2026-07-01T02:00:00Z"));

        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals("2026070122001446881000000001", status.transactionId());
        assertEquals(new BigDecimal("88.80"), status.amount());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), status.paidAt());
    }

    @Test
    void queryBeforeThePayerScannedAnswersNotPaid() {
        stub("alipay.trade.query", "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\","
                + "\"sub_msg\":\"交易不存在\",\"buyer_pay_amount\":\"0.00\",\"invoice_amount\":\"0.00\","
                + "\"out_trade_no\":\"" + ORDER + "\",\"point_amount\":\"0.00\",\"receipt_amount\":\"0.00\"}");

        PaymentStatus status = gateway.query(ORDER, Instant.now());

        assertEquals(PaymentStatus.State.NOT_PAID, status.state());
        assertEquals("ACQ.TRADE_NOT_EXIST", status.rawStatus());
    }

    @Test
    void queryOfAClosedTradeAnswersClosed() {
        stub("alipay.trade.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + ORDER + "\","
                + "\"total_amount\":\"88.80\",\"trade_no\":\"2026070122001446881000000001\",\"trade_status\":\"TRADE_CLOSED\"}");

        assertEquals(PaymentStatus.State.CLOSED, gateway.query(ORDER, Instant.now()).state());
    }

    @Test
    void closeOfATradeNeverScannedSucceeds() {
        stub("alipay.trade.close", "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\","
                + "\"sub_msg\":\"交易不存在\"}");

        gateway.close(ORDER);
    }

    @Test
    void closeOfAPaidTradeSaysSo() {
        stub("alipay.trade.close", "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_STATUS_ERROR\","
                + "\"sub_msg\":\"交易状态不合法\"}");
        stub("alipay.trade.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + ORDER + "\","
                + "\"send_pay_date\":\"2026-07-01 10:15:30\",\"total_amount\":\"88.80\","
                + "\"trade_no\":\"2026070122001446881000000001\",\"trade_status\":\"TRADE_SUCCESS\"}");

        assertThrows(PaymentAlreadyPaidException.class, () -> gateway.close(ORDER));
    }

    private void stub(String method, String node) {
        server.stubFor(post(urlPathEqualTo("/gateway.do")).withQueryParam("method", equalTo(method))
                .willReturn(answer(alipay.answer(method, node))));
    }

    private static ResponseDefinitionBuilder answer(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html;charset=utf-8").withBody(body);
    }

    /** The request's parameters: the system ones in the query string, the application ones in the form body. */
    private static Map<String, String> parameters(LoggedRequest request) {
        Map<String, String> all = new HashMap<>();
        String url = request.getUrl();
        all.putAll(Forms.decode(url.substring(url.indexOf('?') + 1), null));
        all.putAll(Forms.decode(request.getBodyAsString(), null));
        return all;
    }
}
