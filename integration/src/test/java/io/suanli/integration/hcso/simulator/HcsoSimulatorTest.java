package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.suanli.integration.hcso.BucketRequest;
import io.suanli.integration.hcso.ConnectionCheck;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.HcsoSettings;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.PoolStatus;
import io.suanli.integration.hcso.ResourcePool;
import io.suanli.integration.hcso.StoredObject;
import io.suanli.integration.hcso.Workspace;
import io.suanli.integration.hcso.WorkspaceRequest;
import io.suanli.integration.hcso.sdk.SdkHcsoConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real connector (Huawei SDKs included) against the simulator. */
class HcsoSimulatorTest {

    private static HcsoSimulator simulator;
    private static SdkHcsoConnector connector;

    @BeforeAll
    static void start() throws IOException {
        simulator = new HcsoSimulator(0, Duration.ofMillis(300), Clock.systemUTC()).start();
        connector = new SdkHcsoConnector(simulator.account(), HcsoSettings.defaults()
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(10))
                .withPolling(Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() throws IOException {
        connector.close();
        simulator.close();
    }

    @Test
    void poolCreatedThroughTheConnectorBecomesReady() {
        ResourcePool created = connector.createPool(new PoolRequest("O-SIM-0001", "modelarts.vm.gpu.t4u8", 2, null,
                "simulated"));

        assertEquals(PoolStatus.PENDING, created.status());
        ResourcePool ready = connector.awaitReady(created.id(), null);

        assertTrue(ready.isReady());
        assertEquals("sl-o-sim-0001", ready.name());
        assertEquals(2, ready.nodeCount());
    }

    @Test
    void creatingTheSameOrderAgainAnswersTheSamePool() {
        PoolRequest request = new PoolRequest("O-SIM-0002", "modelarts.vm.gpu.t4u8", 1, null, null);

        assertEquals(connector.createPool(request).id(), connector.createPool(request).id());
    }

    @Test
    void poolIsResizedAndDeletedIdempotently() {
        ResourcePool pool = connector.createPool(new PoolRequest("O-SIM-0003", "modelarts.vm.gpu.t4u8", 1, null,
                null));

        assertEquals(3, connector.resizePool(pool.id(), 3).nodeCount());
        connector.deletePool(pool.id());
        connector.deletePool(pool.id());
        assertTrue(connector.findPool(pool.id()).isEmpty());
        assertEquals(HcsoErrorCode.NOT_FOUND,
                assertThrows(HcsoException.class, () -> connector.resizePool(pool.id(), 2)).code());
    }

    @Test
    void workspaceIsCreatedOnceGivenItsQuotasChangedAndDeletedIdempotently() throws Exception {
        String cards = "modelarts.pool.ascend-snt9b.card";
        WorkspaceRequest request = new WorkspaceRequest("O-SIM-0004", "Suanli O-SIM-0004", Map.of(cards, 16L));

        Workspace created = connector.createWorkspace(request);

        assertTrue(created.isReady(), created.toString());
        assertEquals("sl-o-sim-0004", created.name());
        assertTrue(created.id().matches("[0-9a-f]{32}"), created.id());
        assertEquals(created, connector.findWorkspaceForOrder("O-SIM-0004").orElseThrow());
        assertTrue(connector.findWorkspaceForOrder("O-SIM-9999").isEmpty());
        String quotas = "/v1/" + HcsoSimulator.PROJECT + "/workspaces/" + created.id() + "/quotas";
        assertEquals(16, quotaOf(get(quotas, 200), cards));

        connector.updateWorkspaceQuotas(created.id(), Map.of(cards, 24L));
        assertEquals(24, quotaOf(get(quotas, 200), cards));

        // the same order again: found by its name, not created twice; its quotas are set again
        assertEquals(created.id(), connector.createWorkspace(request).id());
        assertEquals(1, get("/v1/" + HcsoSimulator.PROJECT + "/workspaces?name=sl-o-sim-0004", 200)
                .path("workspaces").size());
        assertEquals(16, quotaOf(get(quotas, 200), cards));

        HcsoException tooMuch = assertThrows(HcsoException.class, () -> connector.updateWorkspaceQuotas(
                created.id(), Map.of(cards, SimulatedWorkspaces.MAX_QUOTA + 1)));
        // a 400 whose message mentions the quota: SdkErrors reads it as QUOTA_EXCEEDED
        assertEquals(HcsoErrorCode.QUOTA_EXCEEDED, tooMuch.code());
        assertEquals(400, tooMuch.httpStatus());
        assertFalse(tooMuch.code().isTransient());
        assertEquals(16, quotaOf(get(quotas, 200), cards), "a refused value changes nothing");

        connector.deleteWorkspace(created.id());
        get("/v1/" + HcsoSimulator.PROJECT + "/workspaces/" + created.id(), 404);
        connector.deleteWorkspace(created.id());
        assertTrue(connector.findWorkspaceForOrder("O-SIM-0004").isEmpty());
        assertEquals(HcsoErrorCode.NOT_FOUND, assertThrows(HcsoException.class,
                () -> connector.updateWorkspaceQuotas(created.id(), Map.of(cards, 1L))).code());
    }

    /** A plain (unsigned) GET to the simulator, expecting {@code status}; its JSON body. */
    private static JsonNode get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static long quotaOf(JsonNode quotas, String resource) {
        for (JsonNode quota : quotas.path("quotas")) {
            if (resource.equals(quota.path("resource").asText())) {
                return quota.path("quota").asLong();
            }
        }
        throw new AssertionError("no quota of " + resource + " in " + quotas);
    }

    @Test
    void metricsComeBackAsAGeneratedSeries() {
        Instant to = Instant.parse("2026-07-01T01:00:00Z");

        List<MetricPoint> points = connector.metrics(MetricQuery.average("SYS.ModelArts", "gpu_util", "pool_id",
                "pool-1", to.minus(Duration.ofHours(1)), to, 300));

        assertEquals(12, points.size());
        assertTrue(points.stream().allMatch(p -> p.value() >= 0 && p.value() <= 100), points.toString());
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), points.get(0).at());
        assertEquals(points, connector.metrics(MetricQuery.average("SYS.ModelArts", "gpu_util", "pool_id",
                "pool-1", to.minus(Duration.ofHours(1)), to, 300)), "the same query answers the same series");
    }

    @Test
    void eachPoolHasItsOwnDeterministicLoadAndAnIdlePoolStaysIdle() {
        Instant to = Instant.parse("2026-07-08T00:00:00Z");
        String idle = null;
        String busy = null;
        for (int i = 0; i < 200 && (idle == null || busy == null); i++) {
            SimulatedMetrics.Profile p = SimulatedMetrics.profile("pool-" + i);
            idle = idle == null && p == SimulatedMetrics.Profile.IDLE ? "pool-" + i : idle;
            busy = busy == null && p == SimulatedMetrics.Profile.BUSY ? "pool-" + i : busy;
        }
        assertTrue(idle != null && busy != null, "every profile occurs");
        double idleAverage = average(connector.metrics(MetricQuery.average("SYS.ModelArts", "npu_util", "pool_id", idle,
                to.minus(Duration.ofDays(7)), to, 3600)));
        double busyAverage = average(connector.metrics(MetricQuery.average("SYS.ModelArts", "npu_util", "pool_id", busy,
                to.minus(Duration.ofDays(7)), to, 3600)));
        assertTrue(idleAverage < 10, "idle: " + idleAverage);
        assertTrue(busyAverage > 60, "busy: " + busyAverage);
        List<MetricPoint> cpu = connector.metrics(MetricQuery.average("SYS.ModelArts", "cpu_util", "pool_id", busy,
                to.minus(Duration.ofDays(1)), to, 1200));
        List<MetricPoint> mem = connector.metrics(MetricQuery.average("SYS.ModelArts", "mem_util", "pool_id", busy,
                to.minus(Duration.ofDays(1)), to, 1200));
        assertEquals(72, cpu.size());
        assertTrue(average(cpu) < busyAverage, "the CPU runs below the accelerator");
        assertTrue(!cpu.equals(mem), "each metric its own series");
        // daytime in Beijing is busier than the night
        assertTrue(SimulatedMetrics.value(busy, "npu_util", Instant.parse("2026-07-07T07:00:00Z").toEpochMilli())
                > SimulatedMetrics.value(busy, "npu_util", Instant.parse("2026-07-07T19:00:00Z").toEpochMilli()));
    }

    private static double average(List<MetricPoint> points) {
        return points.stream().mapToDouble(MetricPoint::value).average().orElseThrow();
    }

    @Test
    void sampleSdrFilesAreListedAndDownloaded() {
        List<StoredObject> files = connector.listObjects(HcsoSimulator.SDR_BUCKET, "sdr/2026/07/01/");

        assertEquals(2, files.size());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        long bytes = connector.download(HcsoSimulator.SDR_BUCKET, files.get(0).key(), content);
        assertEquals(files.get(0).size(), bytes);
        assertTrue(content.toString(StandardCharsets.UTF_8).startsWith("SIM1-1|20|20260701010100|"));
        assertTrue(files.get(0).key().endsWith("hcso-sim_20260701030000_0001.sdr"));
    }

    @Test
    void bucketsAreCreatedAndDeleted() {
        connector.createBucket(new BucketRequest("suanli-sim-bucket", 1024, "{\"Statement\":[]}"));
        connector.createBucket(new BucketRequest("suanli-sim-bucket", 1024, null));
        assertTrue(connector.listObjects("suanli-sim-bucket", "").isEmpty());

        connector.deleteBucket("suanli-sim-bucket");
        connector.deleteBucket("suanli-sim-bucket");
        assertEquals(HcsoErrorCode.NOT_FOUND, assertThrows(HcsoException.class,
                () -> connector.listObjects("suanli-sim-bucket", "")).code());
    }

    @Test
    void connectionTestPasses() {
        ConnectionCheck check = connector.testConnection();

        assertTrue(check.ok(), check.reason());
    }
}
