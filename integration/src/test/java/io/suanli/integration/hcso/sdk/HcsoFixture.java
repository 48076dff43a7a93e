package io.suanli.integration.hcso.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoSettings;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server standing in for every HCSO endpoint, an account pointing at it, and quick settings. */
final class HcsoFixture {

    static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String AK = "HPUAEXAMPLEAK0001";
    static final String SK = "exampleSecretKey0000000000000000000000001";
    static final String POOLS = "/v2/" + PROJECT + "/pools";
    static final String WORKSPACES = "/v1/" + PROJECT + "/workspaces";

    private HcsoFixture() {
    }

    static WireMockServer server() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    static CloudAccount account(WireMockServer server) {
        return CloudAccount.allAt("test-hcso", AK, SK, PROJECT, "cn-test-1", URI.create(server.baseUrl()));
    }

    /** 1 s timeouts (the SDK's smallest), 3 tries with millisecond back-off, polling every 5 ms for 0.5 s. */
    static HcsoSettings settings() {
        return new HcsoSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(1),
                Duration.ofMillis(4), Duration.ofMillis(5), Duration.ofMillis(500));
    }

    static String pool(String id, String name, String phase, String flavor, int count) {
        return "{\"apiVersion\":\"v2\",\"kind\":\"Pool\",\"metadata\":{\"name\":\"" + id + "\","
                + "\"creationTimestamp\":\"2026-07-01T02:00:00Z\",\"labels\":{\"os.modelarts/name\":\"" + name
                + "\",\"os.modelarts/workspace.id\":\"0\"}},\"spec\":{\"type\":\"Dedicate\",\"scope\":[\"Train\"],"
                + "\"resources\":[{\"flavor\":\"" + flavor + "\",\"count\":" + count + "}]},"
                + "\"status\":{\"phase\":\"" + phase + "\"}}";
    }

    static String list(String... pools) {
        return "{\"apiVersion\":\"v2\",\"kind\":\"PoolList\",\"items\":[" + String.join(",", pools) + "]}";
    }

    /** A ModelArts v1 workspace as ShowWorkspace / CreateWorkspace answer it. */
    static String workspace(String id, String name, String status) {
        return workspace(id, name, status, "");
    }

    /** A ModelArts v1 workspace with the cloud's explanation of its status. */
    static String workspace(String id, String name, String status, String statusInfo) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"\",\"owner\":\"tester\","
                + "\"create_time\":1782871200000,\"update_time\":1782871200000,\"auth_type\":\"PUBLIC\","
                + "\"enterprise_project_id\":\"0\",\"status\":\"" + status + "\",\"status_info\":\"" + statusInfo
                + "\"}";
    }

    /** A ListWorkspace answer. */
    static String workspaces(String... workspaces) {
        return "{\"total_count\":" + workspaces.length + ",\"count\":" + workspaces.length + ",\"workspaces\":["
                + String.join(",", workspaces) + "]}";
    }

    /** One entry of a Show/UpdateWorkspaceQuotas answer. */
    static String quota(String resource, long quota) {
        return "{\"resource\":\"" + resource + "\",\"quota\":" + quota + ",\"min_quota\":-1,"
                + "\"max_quota\":10000,\"name_en\":\"" + resource + "\",\"unit_en\":\"piece\"}";
    }

    /** A Show/UpdateWorkspaceQuotas answer. */
    static String quotas(String... quotas) {
        return "{\"quotas\":[" + String.join(",", quotas) + "]}";
    }

    /** The JSON error body of a ModelArts refusal. */
    static String error(String errorCode, String message) {
        return "{\"error_code\":\"" + errorCode + "\",\"error_msg\":\"" + message + "\"}";
    }
}
