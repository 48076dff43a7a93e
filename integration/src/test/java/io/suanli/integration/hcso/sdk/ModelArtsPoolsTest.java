package io.suanli.integration.hcso.sdk;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.PoolStatus;
import io.suanli.integration.hcso.ResourcePool;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.suanli.integration.hcso.sdk.HcsoFixture.POOLS;
import static io.suanli.integration.hcso.sdk.HcsoFixture.list;
import static io.suanli.integration.hcso.sdk.HcsoFixture.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelArtsPoolsTest extends WireMockCloudTest {

    private static final String ORDER = "O202607010001";
    private static final String NAME = "sl-o202607010001";
    private static final String ID = "pool-7c1e9d20-5a4b-4c3d-8e2f-0123456789ab";
    private static final String FLAVOR = "modelarts.vm.gpu.t4u8";
    private static final PoolRequest REQUEST = new PoolRequest(ORDER, FLAVOR, 2, null, "order " + ORDER);

    private static void noPoolForTheOrderYet() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list())));
    }

    @Test
    void createdPoolIsSignedAndPolledUntilRunning() {
        noPoolForTheOrderYet();
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2))
                .withHeader("X-Request-Id", "req-create-1")));
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).inScenario("pool").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2))).willSetStateTo("running"));
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).inScenario("pool").whenScenarioStateIs("running")
                .willReturn(okJson(pool(ID, NAME, "Running", FLAVOR, 2))));

        ResourcePool created = connector.createPool(REQUEST);
        ResourcePool ready = connector.awaitReady(created.id(), null);

        assertEquals(ID, created.id());
        assertEquals(NAME, created.name());
        assertEquals(PoolStatus.PENDING, created.status());
        assertTrue(ready.isReady());
        assertEquals(2, ready.nodeCount());
        assertEquals(FLAVOR, ready.flavor());
        assertEquals(Instant.parse("2026-07-01T02:00:00Z"), ready.createdAt());
        server.verify(1, postRequestedFor(urlEqualTo(POOLS))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 Access=" + HcsoFixture.AK
                        + ", SignedHeaders=.*, Signature=[0-9a-f]{64}"))
                .withHeader("X-Sdk-Date", matching("\\d{8}T\\d{6}Z"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.apiVersion", equalTo("v2")))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("Pool")))
                .withRequestBody(matchingJsonPath("$.metadata.labels['os.modelarts/name']", equalTo(NAME)))
                .withRequestBody(matchingJsonPath("$.metadata.annotations['os.modelarts/description']",
                        equalTo("order " + ORDER)))
                .withRequestBody(matchingJsonPath("$.spec.type", equalTo("Dedicate")))
                .withRequestBody(matchingJsonPath("$.spec.resources[0].flavor", equalTo(FLAVOR)))
                .withRequestBody(matchingJsonPath("$.spec.resources[0].count", equalTo("2"))));
        server.verify(2, getRequestedFor(urlEqualTo(POOLS + "/" + ID))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 .*")));
    }

    @Test
    void lookUpBeforeCreatingAsksForTheOrdersPoolName() {
        noPoolForTheOrderYet();
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2))));

        connector.createPool(REQUEST);

        server.verify(getRequestedFor(urlPathEqualTo(POOLS))
                .withQueryParam("labelSelector", equalTo("os.modelarts/name=" + NAME)));
    }

    @Test
    void poolAlreadyCreatedForTheOrderIsReusedWithoutPosting() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list(
                pool("pool-other", "sl-o202607019999", "Running", FLAVOR, 1),
                pool(ID, NAME, "Running", FLAVOR, 2)))));

        ResourcePool pool = connector.createPool(REQUEST);

        assertEquals(ID, pool.id());
        server.verify(0, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void serverErrorThenSuccessCreatesExactlyOnePool() {
        noPoolForTheOrderYet();
        server.stubFor(post(urlEqualTo(POOLS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\":\"ModelArts.0001\",\"error_msg\":\"internal error\"}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(POOLS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2))));

        ResourcePool pool = connector.createPool(REQUEST);

        assertEquals(ID, pool.id());
        server.verify(2, postRequestedFor(urlEqualTo(POOLS)));
        // looked up before the first try and again before the retry
        server.verify(2, getRequestedFor(urlPathEqualTo(POOLS)));
    }

    @Test
    void timeoutAfterTheRequestReachedTheCloudFindsThePoolInsteadOfPostingAgain() {
        server.stubFor(get(urlPathEqualTo(POOLS)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(list())));
        server.stubFor(post(urlEqualTo(POOLS)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2)).withFixedDelay(2500))
                .willSetStateTo("created"));
        server.stubFor(get(urlPathEqualTo(POOLS)).inScenario("slow").whenScenarioStateIs("created")
                .willReturn(okJson(list(pool(ID, NAME, "Creating", FLAVOR, 2)))));

        ResourcePool pool = connector.createPool(REQUEST);

        assertEquals(ID, pool.id());
        server.verify(1, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void conflictOnCreateReusesThePoolOfThatName() {
        server.stubFor(get(urlPathEqualTo(POOLS)).inScenario("race").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(list())).willSetStateTo("taken"));
        server.stubFor(get(urlPathEqualTo(POOLS)).inScenario("race").whenScenarioStateIs("taken")
                .willReturn(okJson(list(pool(ID, NAME, "Creating", FLAVOR, 2)))));
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"ModelArts.50004001\",\"error_msg\":\"pool name already exists\"}")));

        assertEquals(ID, connector.createPool(REQUEST).id());
        server.verify(1, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void persistentServerErrorsStopAfterTheRetryBudget() {
        noPoolForTheOrderYet();
        server.stubFor(post(urlEqualTo(POOLS)).willReturn(aResponse().withStatus(503)
                .withHeader("X-Request-Id", "req-503")));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createPool(REQUEST));

        assertEquals(HcsoErrorCode.CLOUD_ERROR, e.code());
        assertEquals(503, e.httpStatus());
        server.verify(3, postRequestedFor(urlEqualTo(POOLS)));
    }

    @Test
    void abnormalPoolFailsToBecomeReady() {
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).willReturn(okJson(pool(ID, NAME, "Abnormal", FLAVOR, 2))));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.awaitReady(ID, null));

        assertEquals(HcsoErrorCode.FAILED_TO_BECOME_READY, e.code());
        assertTrue(e.getMessage().contains("Abnormal"), e.getMessage());
    }

    @Test
    void poolThatStaysCreatingFailsToBecomeReadyWhenTheTimeRunsOut() {
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).willReturn(okJson(pool(ID, NAME, "Creating", FLAVOR, 2))));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.awaitReady(ID, Duration.ofMillis(100)));

        assertEquals(HcsoErrorCode.FAILED_TO_BECOME_READY, e.code());
        assertTrue(e.getMessage().contains("still Creating"), e.getMessage());
    }

    @Test
    void poolThatDisappearsWhileWaitingIsNotFound() {
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).willReturn(aResponse().withStatus(404)));

        assertEquals(HcsoErrorCode.NOT_FOUND,
                assertThrows(HcsoException.class, () -> connector.awaitReady(ID, null)).code());
        assertFalse(connector.findPool(ID).isPresent());
    }

    @Test
    void resizeSendsAMergePatchWithTheNewCount() {
        server.stubFor(get(urlEqualTo(POOLS + "/" + ID)).willReturn(okJson(pool(ID, NAME, "Running", FLAVOR, 2))));
        server.stubFor(patch(urlEqualTo(POOLS + "/" + ID)).willReturn(okJson(pool(ID, NAME, "Running", FLAVOR, 4))));

        ResourcePool resized = connector.resizePool(ID, 4);

        assertEquals(4, resized.nodeCount());
        server.verify(patchRequestedFor(urlEqualTo(POOLS + "/" + ID))
                .withHeader("Content-Type", containing("application/merge-patch+json"))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 .*"))
                .withRequestBody(equalToJson("{\"spec\":{\"resources\":[{\"flavor\":\"" + FLAVOR
                        + "\",\"count\":4}]}}")));
    }

    @Test
    void deleteIsIdempotent() {
        server.stubFor(delete(urlEqualTo(POOLS + "/" + ID)).inScenario("delete")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(pool(ID, NAME, "Deleting", FLAVOR, 2)))
                .willSetStateTo("gone"));
        server.stubFor(delete(urlEqualTo(POOLS + "/" + ID)).inScenario("delete").whenScenarioStateIs("gone")
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\":\"ModelArts.50015001\",\"error_msg\":\"pool not found\"}")));

        connector.deletePool(ID);
        connector.deletePool(ID);

        server.verify(2, deleteRequestedFor(urlEqualTo(POOLS + "/" + ID)));
    }

    @Test
    void findPoolForOrderUsesItsClientToken() {
        server.stubFor(get(urlPathEqualTo(POOLS)).willReturn(okJson(list(pool(ID, NAME, "Running", FLAVOR, 2)))));

        assertEquals(ID, connector.findPoolForOrder(ORDER).orElseThrow().id());
        assertTrue(connector.findPoolForOrder("O202607019999").isEmpty());
    }
}
