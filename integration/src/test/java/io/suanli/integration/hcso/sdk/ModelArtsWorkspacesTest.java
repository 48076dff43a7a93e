package io.suanli.integration.hcso.sdk;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.suanli.integration.hcso.ClientTokens;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.Workspace;
import io.suanli.integration.hcso.WorkspaceRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.suanli.integration.hcso.sdk.HcsoFixture.WORKSPACES;
import static io.suanli.integration.hcso.sdk.HcsoFixture.error;
import static io.suanli.integration.hcso.sdk.HcsoFixture.quota;
import static io.suanli.integration.hcso.sdk.HcsoFixture.quotas;
import static io.suanli.integration.hcso.sdk.HcsoFixture.workspace;
import static io.suanli.integration.hcso.sdk.HcsoFixture.workspaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelArtsWorkspacesTest extends WireMockCloudTest {

    private static final String ORDER = "O202607010003";
    private static final String NAME = "sl-o202607010003";
    private static final String ID = "3f6c1e0a9b2d4c5e8f7a6b5c4d3e2f10";
    private static final String WORKSPACE = WORKSPACES + "/" + ID;
    private static final String QUOTAS = WORKSPACE + "/quotas";
    private static final String CARDS = "modelarts.pool.ascend-snt9b.card";
    private static final String DESCRIPTION = "Suanli " + ORDER;
    private static final WorkspaceRequest REQUEST = new WorkspaceRequest(ORDER, DESCRIPTION, Map.of(CARDS, 16L));

    private static void noWorkspaceForTheOrderYet() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).willReturn(okJson(workspaces())));
    }

    /** The quota PUT and the show that follow a successful create or reuse. */
    private static void quotasAndShowAnswer() {
        server.stubFor(put(urlEqualTo(QUOTAS)).willReturn(okJson(quotas(quota(CARDS, 16)))));
        server.stubFor(get(urlEqualTo(WORKSPACE)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));
    }

    private static ResponseDefinitionBuilder refusal(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-" + status).withBody(error(code, message));
    }

    /** Method and URL of every request the server got, oldest first. */
    private static List<String> requests() {
        List<String> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(event.getRequest().getMethod().getName() + " " + event.getRequest().getUrl());
        }
        Collections.reverse(requests);
        return requests;
    }

    @Test
    void createdWorkspaceIsSignedLookedUpCreatedGivenItsQuotasAndShown() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))
                .withHeader("X-Request-Id", "req-create-1")));
        quotasAndShowAnswer();

        Workspace created = connector.createWorkspace(REQUEST);

        assertEquals(ClientTokens.poolName(ORDER), NAME);
        assertEquals(ID, created.id());
        assertEquals(NAME, created.name());
        assertEquals("NORMAL", created.status());
        assertTrue(created.isReady());
        assertFalse(created.isFailed());
        assertEquals(List.of("GET " + WORKSPACES + "?name=" + NAME + "&filter_accurate=true", "POST " + WORKSPACES,
                "PUT " + QUOTAS, "GET " + WORKSPACE), requests());
        server.verify(1, getRequestedFor(urlPathEqualTo(WORKSPACES))
                .withQueryParam("name", equalTo(NAME))
                .withQueryParam("filter_accurate", equalTo("true"))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 Access=" + HcsoFixture.AK
                        + ", SignedHeaders=.*, Signature=[0-9a-f]{64}"))
                .withHeader("X-Sdk-Date", matching("\\d{8}T\\d{6}Z")));
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 Access=" + HcsoFixture.AK
                        + ", SignedHeaders=.*, Signature=[0-9a-f]{64}"))
                .withHeader("X-Sdk-Date", matching("\\d{8}T\\d{6}Z"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"name\":\"" + NAME + "\",\"description\":\"" + DESCRIPTION + "\"}")));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 Access=" + HcsoFixture.AK + ", .*"))
                .withHeader("X-Sdk-Date", matching("\\d{8}T\\d{6}Z"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"quotas\":[{\"resource\":\"" + CARDS + "\",\"quota\":16}]}")));
        server.verify(1, getRequestedFor(urlEqualTo(WORKSPACE))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 .*")));
    }

    @Test
    void quotasAreSentInResourceOrderAndUnlimitedAsMinusOne() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));
        quotasAndShowAnswer();

        connector.createWorkspace(new WorkspaceRequest(ORDER, null, Map.of("train.instance", -1L, CARDS, 8L)));

        server.verify(postRequestedFor(urlEqualTo(WORKSPACES)).withRequestBody(equalToJson("{\"name\":\"" + NAME
                + "\"}")));
        server.verify(putRequestedFor(urlEqualTo(QUOTAS)).withRequestBody(equalToJson("{\"quotas\":["
                + "{\"resource\":\"" + CARDS + "\",\"quota\":8},{\"resource\":\"train.instance\",\"quota\":-1}]}")));
    }

    @Test
    void workspaceWithoutQuotasIsLeftAtTheCloudsDefaults() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));
        quotasAndShowAnswer();

        assertEquals(ID, connector.createWorkspace(new WorkspaceRequest(ORDER, DESCRIPTION, Map.of())).id());

        server.verify(0, putRequestedFor(anyUrl()));
        server.verify(1, getRequestedFor(urlEqualTo(WORKSPACE)));
    }

    @Test
    void workspaceAlreadyCreatedForTheOrderIsReusedWithoutPostingButStillGetsItsQuotas() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).willReturn(okJson(workspaces(
                workspace("0123456789abcdef0123456789abcdef", "sl-o202607019999", "NORMAL"),
                workspace(ID, NAME, "NORMAL")))));
        quotasAndShowAnswer();

        Workspace workspace = connector.createWorkspace(REQUEST);

        assertEquals(ID, workspace.id());
        assertTrue(workspace.isReady());
        server.verify(0, postRequestedFor(urlEqualTo(WORKSPACES)));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS))
                .withRequestBody(equalToJson("{\"quotas\":[{\"resource\":\"" + CARDS + "\",\"quota\":16}]}")));
    }

    @Test
    void serverErrorThenSuccessCreatesExactlyOneWorkspace() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(refusal(500, "ModelArts.0001", "internal error")).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(WORKSPACES)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(workspace(ID, NAME, "NORMAL"))).willSetStateTo("created"));
        // a second successful create would be a duplicate: the cloud would refuse it as a taken name
        server.stubFor(post(urlEqualTo(WORKSPACES)).inScenario("flaky").whenScenarioStateIs("created")
                .willReturn(refusal(409, "ModelArts.7001", "workspace " + NAME + " already exists")));
        quotasAndShowAnswer();

        Workspace workspace = connector.createWorkspace(REQUEST);

        assertEquals(ID, workspace.id());
        assertEquals("created", server.getAllScenarios().getScenarios().stream()
                .filter(scenario -> "flaky".equals(scenario.getName())).findFirst().orElseThrow().getState());
        server.verify(2, postRequestedFor(urlEqualTo(WORKSPACES)));
        // looked up before the first try and again before the retry
        server.verify(2, getRequestedFor(urlPathEqualTo(WORKSPACES)));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
    }

    @Test
    void serverErrorAfterTheWorkspaceWasMadeFindsItByNameInsteadOfPostingAgain() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("made").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(workspaces())));
        server.stubFor(post(urlEqualTo(WORKSPACES)).inScenario("made").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(refusal(503, "APIGW.0502", "backend timeout")).willSetStateTo("created"));
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("made").whenScenarioStateIs("created")
                .willReturn(okJson(workspaces(workspace(ID, NAME, "NORMAL")))));
        quotasAndShowAnswer();

        Workspace workspace = connector.createWorkspace(REQUEST);

        assertEquals(ID, workspace.id());
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES)));
        server.verify(2, getRequestedFor(urlPathEqualTo(WORKSPACES)));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
    }

    @Test
    void timeoutAfterTheRequestReachedTheCloudFindsTheWorkspaceInsteadOfPostingAgain() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(workspaces())));
        server.stubFor(post(urlEqualTo(WORKSPACES)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(workspace(ID, NAME, "NORMAL")).withFixedDelay(2500)).willSetStateTo("created"));
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("slow").whenScenarioStateIs("created")
                .willReturn(okJson(workspaces(workspace(ID, NAME, "NORMAL")))));
        quotasAndShowAnswer();

        Workspace workspace = connector.createWorkspace(REQUEST);

        assertEquals(ID, workspace.id());
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES)));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
    }

    @Test
    void conflictOnCreateReusesTheWorkspaceOfThatName() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("race").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(workspaces())).willSetStateTo("taken"));
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).inScenario("race").whenScenarioStateIs("taken")
                .willReturn(okJson(workspaces(workspace(ID, NAME, "NORMAL")))));
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(refusal(409, "ModelArts.7001",
                "workspace " + NAME + " already exists")));
        quotasAndShowAnswer();

        assertEquals(ID, connector.createWorkspace(REQUEST).id());
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES)));
    }

    @Test
    void fuzzyMatchesAndWorkspacesBeingDeletedAreNotTaken() {
        // a server that ignores filter_accurate answers names containing ours; an old one of ours is being deleted
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).willReturn(okJson(workspaces(
                workspace("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NAME + "1", "NORMAL"),
                workspace("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "x" + NAME, "NORMAL"),
                workspace("cccccccccccccccccccccccccccccccc", NAME, "DELETING")))));
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));
        quotasAndShowAnswer();

        assertTrue(connector.findWorkspaceForOrder(ORDER).isEmpty());
        Workspace created = connector.createWorkspace(REQUEST);

        assertEquals(ID, created.id());
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES)));
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
        server.verify(0, anyRequestedFor(urlPathEqualTo(WORKSPACES + "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/quotas")));
    }

    @Test
    void workspaceTheCloudFailedToCreateIsFailedToBecomeReadyWithoutQuotas() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "CREATE_FAILED",
                "enterprise project not found"))));
        quotasAndShowAnswer();

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createWorkspace(REQUEST));

        assertEquals(HcsoErrorCode.FAILED_TO_BECOME_READY, e.code());
        assertTrue(e.getMessage().contains(ID), e.getMessage());
        assertTrue(e.getMessage().contains("CREATE_FAILED (enterprise project not found)"), e.getMessage());
        assertTrue(e.getMessage().contains("test-hcso"), e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo(WORKSPACES)));
        server.verify(0, putRequestedFor(anyUrl()));
        server.verify(0, getRequestedFor(urlEqualTo(WORKSPACE)));
    }

    @Test
    void quotaRefusalIsQuotaExceededAndNotRetried() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));
        server.stubFor(put(urlEqualTo(QUOTAS)).willReturn(refusal(400, "ModelArts.7003",
                "quota of " + CARDS + " must be -1 or between 0 and 10000")));
        server.stubFor(get(urlEqualTo(WORKSPACE)).willReturn(okJson(workspace(ID, NAME, "NORMAL"))));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createWorkspace(REQUEST));

        // SdkErrors reads any 4xx mentioning "quota" as the quota being exceeded
        assertEquals(HcsoErrorCode.QUOTA_EXCEEDED, e.code());
        assertEquals(400, e.httpStatus());
        assertEquals("ModelArts.7003", e.cloudErrorCode());
        assertEquals("req-400", e.requestId());
        assertTrue(e.getMessage().contains("between 0 and 10000"), e.getMessage());
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
        server.verify(0, getRequestedFor(urlEqualTo(WORKSPACE)));
    }

    @Test
    void invalidQuotaResourceIsBadRequestAndNotRetried() {
        server.stubFor(put(urlEqualTo(QUOTAS)).willReturn(refusal(400, "ModelArts.7004",
                "resource train.unknown is not supported")));

        HcsoException e = assertThrows(HcsoException.class,
                () -> connector.updateWorkspaceQuotas(ID, Map.of("train.unknown", 1L)));

        assertEquals(HcsoErrorCode.BAD_REQUEST, e.code());
        assertEquals(400, e.httpStatus());
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
    }

    @Test
    void quotaUpdateIsRetriedOnServerErrors() {
        server.stubFor(put(urlEqualTo(QUOTAS)).inScenario("put").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(refusal(502, "APIGW.0502", "bad gateway")).willSetStateTo("up"));
        server.stubFor(put(urlEqualTo(QUOTAS)).inScenario("put").whenScenarioStateIs("up")
                .willReturn(okJson(quotas(quota(CARDS, 32)))));

        connector.updateWorkspaceQuotas(ID, Map.of(CARDS, 32L));

        server.verify(2, putRequestedFor(urlEqualTo(QUOTAS))
                .withRequestBody(equalToJson("{\"quotas\":[{\"resource\":\"" + CARDS + "\",\"quota\":32}]}")));
    }

    @Test
    void wrongKeyIsAuthFailedBeforeAnythingIsCreated() {
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).willReturn(refusal(401, "APIGW.0301",
                "Incorrect IAM authentication information: verify aksk signature fail")));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.createWorkspace(REQUEST));

        assertEquals(HcsoErrorCode.AUTH_FAILED, e.code());
        assertEquals(401, e.httpStatus());
        assertEquals("req-401", e.requestId());
        assertTrue(e.getMessage().contains("AK/SK"), e.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo(WORKSPACES)));
        server.verify(0, postRequestedFor(urlEqualTo(WORKSPACES)));
    }

    @Test
    void updatingQuotasOfAMissingWorkspaceIsNotFound() {
        server.stubFor(put(urlEqualTo(QUOTAS)).willReturn(refusal(404, "ModelArts.7002",
                "workspace " + ID + " not found")));

        HcsoException e = assertThrows(HcsoException.class,
                () -> connector.updateWorkspaceQuotas(ID, Map.of(CARDS, 8L)));

        assertEquals(HcsoErrorCode.NOT_FOUND, e.code());
        assertEquals(404, e.httpStatus());
        server.verify(1, putRequestedFor(urlEqualTo(QUOTAS)));
    }

    @Test
    void deleteAnswersOkAndAWorkspaceAlreadyGoneCountsAsDeleted() {
        server.stubFor(delete(urlEqualTo(WORKSPACE)).inScenario("delete").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"id\":\"" + ID + "\"}")).willSetStateTo("gone"));
        server.stubFor(delete(urlEqualTo(WORKSPACE)).inScenario("delete").whenScenarioStateIs("gone")
                .willReturn(refusal(404, "ModelArts.7002", "workspace " + ID + " not found")));

        connector.deleteWorkspace(ID);
        connector.deleteWorkspace(ID);

        server.verify(2, deleteRequestedFor(urlEqualTo(WORKSPACE))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 .*")));
    }

    @Test
    void deleteRefusedForPermissionsIsNotSwallowed() {
        server.stubFor(delete(urlEqualTo(WORKSPACE)).willReturn(refusal(403, "ModelArts.0203",
                "Invalid token or no permission")));

        assertEquals(HcsoErrorCode.AUTH_FAILED,
                assertThrows(HcsoException.class, () -> connector.deleteWorkspace(ID)).code());
        server.verify(1, deleteRequestedFor(urlEqualTo(WORKSPACE)));
    }

    @Test
    void findWorkspaceForOrderUsesItsClientTokenAndIsEmptyWhenTheListIsEmpty() {
        noWorkspaceForTheOrderYet();

        assertTrue(connector.findWorkspaceForOrder(ORDER).isEmpty());

        server.resetAll();
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).withQueryParam("name", equalTo(NAME))
                .willReturn(okJson(workspaces(workspace(ID, NAME, "NORMAL")))));
        server.stubFor(get(urlPathEqualTo(WORKSPACES)).withQueryParam("name", equalTo("sl-o202607019999"))
                .willReturn(okJson(workspaces())));

        Workspace found = connector.findWorkspaceForOrder(ORDER).orElseThrow();
        assertEquals(ID, found.id());
        assertEquals("NORMAL", found.status());
        assertTrue(connector.findWorkspaceForOrder("O202607019999").isEmpty());
    }

    @Test
    void createAnswerWithoutAnIdIsMalformed() {
        noWorkspaceForTheOrderYet();
        server.stubFor(post(urlEqualTo(WORKSPACES)).willReturn(okJson("{\"name\":\"" + NAME + "\"}")));

        assertEquals(HcsoErrorCode.MALFORMED_ANSWER,
                assertThrows(HcsoException.class, () -> connector.createWorkspace(REQUEST)).code());
        server.verify(0, putRequestedFor(anyUrl()));
    }
}
