package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEyeMetricsTest extends WireMockCloudTest {

    private static final String DATA = "/V1.0/" + HcsoFixture.PROJECT + "/metric-data";
    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T01:00:00Z");

    @Test
    void gpuUtilisationIsReadAsPointsOldestFirst() {
        server.stubFor(get(urlPathEqualTo(DATA)).willReturn(okJson("{\"metric_name\":\"gpu_util\",\"datapoints\":["
                + "{\"average\":71.5,\"timestamp\":1782865200000,\"unit\":\"%\"},"
                + "{\"average\":64.25,\"timestamp\":1782864900000,\"unit\":\"%\"},"
                + "{\"max\":99.0,\"timestamp\":1782865500000,\"unit\":\"%\"}]}")
                .withHeader("X-Request-Id", "ces-req-1")));

        List<MetricPoint> points = connector.metrics(MetricQuery.average("SYS.ModelArts", "gpu_util", "pool_id",
                "pool-7c1e", FROM, TO, 300));

        // the point without an average is left out
        assertEquals(List.of(new MetricPoint(Instant.ofEpochMilli(1782864900000L), 64.25, "%"),
                new MetricPoint(Instant.ofEpochMilli(1782865200000L), 71.5, "%")), points);
        server.verify(getRequestedFor(urlPathEqualTo(DATA))
                .withQueryParam("namespace", equalTo("SYS.ModelArts"))
                .withQueryParam("metric_name", equalTo("gpu_util"))
                .withQueryParam("dim.0", equalTo("pool_id,pool-7c1e"))
                .withQueryParam("from", equalTo(String.valueOf(FROM.toEpochMilli())))
                .withQueryParam("to", equalTo(String.valueOf(TO.toEpochMilli())))
                .withQueryParam("period", equalTo("300"))
                .withQueryParam("filter", equalTo("average"))
                .withHeader("Authorization", matching("SDK-HMAC-SHA256 .*"))
                .withHeader("X-Sdk-Date", matching("\\d{8}T\\d{6}Z")));
    }

    @Test
    void severalDimensionsAndTheMaximumAreAskedFor() {
        server.stubFor(get(urlPathEqualTo(DATA)).willReturn(okJson("{\"metric_name\":\"cpu_util\",\"datapoints\":["
                + "{\"max\":93.0,\"timestamp\":1782864900000,\"unit\":\"%\"}]}")));
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("pool_id", "pool-7c1e");
        dimensions.put("node_ip", "192.168.0.12");

        List<MetricPoint> points = connector.metrics(new MetricQuery("SYS.ModelArts", "cpu_util", dimensions, FROM,
                TO, 300, MetricQuery.Aggregation.MAX));

        assertEquals(93.0, points.get(0).value());
        server.verify(getRequestedFor(urlPathEqualTo(DATA))
                .withQueryParam("dim.0", equalTo("pool_id,pool-7c1e"))
                .withQueryParam("dim.1", equalTo("node_ip,192.168.0.12"))
                .withQueryParam("filter", equalTo("max")));
    }

    @Test
    void noDataIsAnEmptySeries() {
        server.stubFor(get(urlPathEqualTo(DATA)).willReturn(okJson("{\"metric_name\":\"mem_util\",\"datapoints\":[]}")));

        assertTrue(connector.metrics(MetricQuery.average("SYS.ModelArts", "mem_util", "pool_id", "p", FROM, TO, 300))
                .isEmpty());
    }

    @Test
    void serverErrorIsRetried() {
        server.stubFor(get(urlPathEqualTo(DATA)).inScenario("ces").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(DATA)).inScenario("ces").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"metric_name\":\"cpu_util\",\"datapoints\":[{\"average\":1.5,"
                        + "\"timestamp\":1782864900000}]}")));

        assertEquals(1, connector.metrics(MetricQuery.average("SYS.ECS", "cpu_util", "instance_id", "i-1", FROM, TO,
                300)).size());
        server.verify(2, getRequestedFor(urlPathEqualTo(DATA)));
    }
}
