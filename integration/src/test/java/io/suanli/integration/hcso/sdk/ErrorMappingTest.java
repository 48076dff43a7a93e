package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.ConnectionCheck;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.PoolRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.suanli.integration.hcso.sdk.HcsoFixture.POOLS;
import static io.suanli.integration.hcso.sdk.HcsoFixture.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMappingTest extends WireMockCloudTest {

    private static final PoolRequest REQUEST = new PoolRequest("O202607010002", "modelarts.vm.gpu.t4u8", 1, null,
            null);
    private static final String METRICS = "/V1.0/" + HcsoFixture.PROJECT + "/metrics";

    private static void listAnswers(int status, String errorCode, String message) {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-" + status)
                .withBody("{\"error_code\":\"" + errorCode + "\",\"error_msg\":\"" + message + "\"}")));
    }

    @Test
    void wrongSecretKeyIsAuthFailedWithTheRequestId() {
        listAnswers(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail");

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createPool(REQUEST));

        assertEquals(HcsoErrorCode.AUTH_FAILED, e.code());
        assertEquals(401, e.httpStatus());
        assertEquals("APIGW.0301", e.cloudErrorCode());
        assertEquals("req-401", e.requestId());
        assertTrue(e.getMessage().contains("test-hcso"), e.getMessage());
        assertTrue(e.getMessage().contains("AK/SK"), e.getMessage());
        // never retried: a wrong key stays wrong
        server.verify(1, getRequestedFor(urlPathEqualTo(POOLS)));
        server.verify(0, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void forbiddenIsAuthFailed() {
        listAnswers(403, "ModelArts.0203", "Invalid token or no permission");

        assertEquals(HcsoErrorCode.AUTH_FAILED,
                assertThrows(HcsoException.class, () -> connector.createPool(REQUEST)).code());
    }

    @Test
    void quotaRefusalIsQuotaExceeded() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list())));
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(
                        "{\"error_code\":\"ModelArts.50015003\",\"error_msg\":\"The pool quota is exceeded.\"}")));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createPool(REQUEST));

        assertEquals(HcsoErrorCode.QUOTA_EXCEEDED, e.code());
        assertTrue(e.getMessage().contains("The pool quota is exceeded."), e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void invalidRequestIsBadRequest() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list())));
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"ModelArts.50004000\",\"error_msg\":\"flavor not supported\"}")));

        assertEquals(HcsoErrorCode.BAD_REQUEST,
                assertThrows(HcsoException.class, () -> connector.createPool(REQUEST)).code());
    }

    @Test
    void unreadableAnswerIsMalformed() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list())));
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(okJson("{\"metadata\":{}}")));

        assertEquals(HcsoErrorCode.MALFORMED_ANSWER,
                assertThrows(HcsoException.class, () -> connector.createPool(REQUEST)).code());
    }

    @Test
    void unreachableEndpointIsUnreachableAfterRetries() throws IOException {
        try (SdkHcsoConnector nowhere = new SdkHcsoConnector(CloudAccount.allAt("nowhere", HcsoFixture.AK,
                HcsoFixture.SK, HcsoFixture.PROJECT, "cn-test-1", URI.create("http://127.0.0.1:" + freePort())),
                HcsoFixture.settings())) {

            HcsoException e = assertThrows(HcsoException.class, () -> nowhere.createPool(REQUEST));

            assertEquals(HcsoErrorCode.UNREACHABLE, e.code());
            assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
            assertTrue(e.code().isTransient());
        }
    }

    @Test
    void connectionTestSaysOkWhenModelArtsAndCloudEyeAnswer() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list(HcsoFixture.pool("pool-1", "sl-a1",
                "Running", "f", 1)))));
        server.stubFor(get(urlPathEqualTo(METRICS)).willReturn(okJson("{\"metrics\":[],\"meta_data\":{\"count\":0,"
                + "\"marker\":\"\",\"total\":0}}")));

        ConnectionCheck check = connector.testConnection();

        assertTrue(check.ok(), check.reason());
        assertNull(check.code());
        assertTrue(check.reason().contains("1 pools"), check.reason());
        server.verify(getRequestedFor(urlPathEqualTo(METRICS)));
    }

    @Test
    void connectionTestGivesTheReasonWhenTheKeyIsWrong() {
        listAnswers(401, "APIGW.0301", "verify aksk signature fail");

        ConnectionCheck check = connector.testConnection();

        assertFalse(check.ok());
        assertEquals(HcsoErrorCode.AUTH_FAILED, check.code());
        assertTrue(check.reason().contains("verify aksk signature fail"), check.reason());
    }

    @Test
    void connectionTestOfAnUnreachableAccountSaysUnreachable() throws IOException {
        try (SdkHcsoConnector nowhere = new SdkHcsoConnector(CloudAccount.allAt("nowhere", HcsoFixture.AK,
                HcsoFixture.SK, HcsoFixture.PROJECT, "cn-test-1", URI.create("http://127.0.0.1:" + freePort())),
                HcsoFixture.settings())) {

            ConnectionCheck check = nowhere.testConnection();

            assertFalse(check.ok());
            assertEquals(HcsoErrorCode.UNREACHABLE, check.code());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
