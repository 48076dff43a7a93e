package io.suanli.integration.sms.huawei;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsException.Reason;
import io.suanli.integration.sms.SmsMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HuaweiSmsGatewayTest {

    private static final String APP_KEY = "c8RWg3ggEcyd4D3p94bf3Y7x1Ile";
    private static final String SECRET = "AppSecretForTests";
    private static final String TEMPLATE_ID = "8ff55eac1d0b478ab3c06c3c6a492300";
    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    /** The nonce of the pinned random source: sixteen bytes 0xab. */
    private static final String NONCE = "ab".repeat(16);
    /** base64(sha256(NONCE + "2026-07-01T02:00:00Z" + SECRET)), computed outside Java. */
    private static final String DIGEST = "I4qrR0PNsDWjM18zR8wX4ygCRLkXI/3WaqsQJ3zBZE8=";
    private static final String MSG_ID = "d6e3cdd0-522b-4692-8304-a07553cdf591_8539659";

    private static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private static HuaweiSmsGateway gateway(Duration timeout) {
        HuaweiSmsConfig config = new HuaweiSmsConfig(URI.create(server.baseUrl()), APP_KEY, SECRET, "8824110605123",
                "算力平台", URI.create("https://suanli.example.cn/sms/report"), timeout, HuaweiSmsConfig.ATTEMPTS,
                Duration.ofMillis(10), HuaweiSmsTemplates.parse("VERIFY_CODE=" + TEMPLATE_ID + ":code,minutes"));
        Random pinned = new Random() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0xab);
            }
        };
        return new HuaweiSmsGateway(config, HttpClient.newHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC), pinned);
    }

    private static HuaweiSmsGateway gateway() {
        return gateway(Duration.ofSeconds(5));
    }

    private static SmsMessage verifyCode() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("minutes", "5");
        vars.put("code", "369751");
        vars.put("system", "算力");
        return new SmsMessage("15123456789", "VERIFY_CODE", vars, "【算力】您的验证码是 369751,5 分钟内有效。");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }

    private static String success() {
        return "{\"code\":\"000000\",\"description\":\"Success\",\"result\":[{\"originTo\":\"+8615123456789\","
                + "\"createTime\":\"2018-05-25T16:34:34Z\",\"from\":\"8824110605123\",\"smsMsgId\":\"" + MSG_ID + "\","
                + "\"status\":\"000000\",\"countryId\":\"CN\",\"total\":1}]}";
    }

    private static String failedWithStatus(String status) {
        return "{\"code\":\"E000510\",\"description\":\"The SMS fails to be sent. For details, see status.\","
                + "\"result\":[{\"originTo\":\"+8615123456789\",\"createTime\":\"2018-05-25T16:34:34Z\","
                + "\"from\":\"8824110605123\",\"smsMsgId\":\"\",\"status\":\"" + status + "\"}]}";
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void stubAnswer(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlEqualTo(HuaweiSmsGateway.PATH)).willReturn(answer));
    }

    @Test
    void acceptedMessageAnswersHuaweisMessageId() {
        stubAnswer(json(200, success()));

        assertEquals(MSG_ID, gateway().send(verifyCode()));
    }

    @Test
    void requestIsTheDocumentedFormWithTheParametersInTemplateOrder() {
        stubAnswer(json(200, success()));

        gateway().send(verifyCode());

        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/sms/batchSendSms/v1"))).get(0);
        assertEquals("application/x-www-form-urlencoded", request.getHeader("Content-Type"));
        assertEquals(Map.of("from", "8824110605123", "to", "+8615123456789", "templateId", TEMPLATE_ID,
                "templateParas", "[\"369751\",\"5\"]", "signature", "算力平台",
                "statusCallback", "https://suanli.example.cn/sms/report"), form(request));
        assertTrue(request.getBodyAsString().contains("to=%2B8615123456789"), "the + of +86 is encoded");
    }

    @Test
    void requestCarriesTheWsseHeadersWithTheDigestOfNonceCreatedAndSecret() {
        stubAnswer(json(200, success()));

        gateway().send(verifyCode());

        LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
        assertEquals("WSSE realm=\"SDP\",profile=\"UsernameToken\",type=\"Appkey\"", request.getHeader("Authorization"));
        assertEquals("UsernameToken Username=\"" + APP_KEY + "\",PasswordDigest=\"" + DIGEST + "\",Nonce=\"" + NONCE
                + "\",Created=\"2026-07-01T02:00:00Z\"", request.getHeader("X-WSSE"));
        assertEquals(DIGEST, Wsse.digest(NONCE, "2026-07-01T02:00:00Z", SECRET));
        assertFalse(request.getBodyAsString().contains(SECRET), "the secret itself is never sent");
    }

    @Test
    void rejectedTemplateIsAClearFailureAndNotRetried() {
        stubAnswer(json(200, failedWithStatus("E200015")));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("E200015", e.providerCode());
        assertTrue(e.getMessage().contains("template rejected"), e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void invalidTemplateIdAnsweredWithHttp400IsNotRetried() {
        stubAnswer(json(400, "{\"code\":\"E000503\",\"description\":\"Parameter error.\"}"));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("E000503", e.providerCode());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void authenticationFailureIsRefusedWithHuaweisCodeAndDescription() {
        stubAnswer(json(401, "{\"code\":\"E000101\",\"description\":\"Authentication failed.\"}"));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("Huawei Cloud SMS refused: E000101 Authentication failed.", e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void http429IsRateLimitedWithoutRetry() {
        stubAnswer(json(429, "{\"code\":\"E000006\",\"description\":\"Flow control.\"}"));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.RATE_LIMITED, e.reason());
        assertTrue(e.getMessage().contains("rate limit"), e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void tooManyMessagesToTheNumberIsRateLimitedWithoutRetry() {
        stubAnswer(json(200, failedWithStatus("E200041")));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.RATE_LIMITED, e.reason());
        assertEquals("E200041", e.providerCode());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void timeoutIsRetriedAndTheRetryIsAccepted() {
        server.stubFor(post(urlEqualTo(HuaweiSmsGateway.PATH)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, success()).withFixedDelay(1500)).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(HuaweiSmsGateway.PATH)).inScenario("slow").whenScenarioStateIs("recovered")
                .willReturn(json(200, success())));

        assertEquals(MSG_ID, gateway(Duration.ofMillis(500)).send(verifyCode()));
        server.verify(2, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void serverErrorIsRetried() {
        server.stubFor(post(urlEqualTo(HuaweiSmsGateway.PATH)).inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(500, "{\"code\":\"E000000\",\"description\":\"System error.\"}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(HuaweiSmsGateway.PATH)).inScenario("5xx").whenScenarioStateIs("recovered")
                .willReturn(json(200, success())));

        assertEquals(MSG_ID, gateway().send(verifyCode()));
        server.verify(2, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void timeoutOnEveryAttemptEndsInAClearFailureAfterThreeAttempts() {
        stubAnswer(json(200, success()).withFixedDelay(1500));

        SmsException e = assertThrows(SmsException.class, () -> gateway(Duration.ofMillis(500)).send(verifyCode()));

        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertEquals("Huawei Cloud SMS did not answer within 500 ms (after 3 attempts)",
                e.getMessage());
        server.verify(3, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void answerThatIsNotJsonIsAClearFailureNotRetried() {
        stubAnswer(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>gateway</html>"));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.UNREADABLE_ANSWER, e.reason());
        assertNull(e.providerCode());
        server.verify(1, postRequestedFor(urlEqualTo(HuaweiSmsGateway.PATH)));
    }

    @Test
    void successWithoutResultIsAClearFailure() {
        stubAnswer(json(200, "{\"code\":\"000000\",\"description\":\"Success\",\"result\":{}}"));

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(verifyCode()));

        assertEquals(Reason.UNREADABLE_ANSWER, e.reason());
    }

    @Test
    void unmappedTemplateFailsWithoutAskingHuawei() {
        SmsMessage bill = new SmsMessage("15123456789", "BILL_READY", Map.of("period", "2026-06"), "您的账单已出");

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(bill));

        assertEquals(Reason.NOT_CONFIGURED, e.reason());
        assertEquals("template BILL_READY has no Huawei templateId (SUANLI_SMS_TEMPLATES)", e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void mappedVariableMissingFromTheMessageFailsWithoutAskingHuawei() {
        SmsMessage partial = new SmsMessage("15123456789", "VERIFY_CODE", Map.of("code", "369751"), "验证码 369751");

        SmsException e = assertThrows(SmsException.class, () -> gateway().send(partial));

        assertEquals(Reason.NOT_CONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("variable minutes"), e.getMessage());
        assertEquals(0, server.getAllServeEvents().size());
    }
}
