package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.suanli.integration.hcso.CloudAccount;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local stand-in for HCSO in the dev profile: one in-process HTTP server (JDK {@code HttpServer}) answering the
 * calls the connector makes — ModelArts v2 pools under {@code /v2/{project_id}/pools} (a new pool turns
 * {@code Running} {@code readyAfter} after creation), ModelArts v1 workspaces and their quotas under
 * {@code /v1/{project_id}/workspaces}, Cloud Eye v1 under {@code /V1.0/{project_id}/} (generated
 * series) and OBS path-style on every other path (buckets, listing, downloads; seeded with sample SDR files). Point a
 * {@link CloudAccount}'s endpoints at {@link #baseUrl()} (see {@link #account()}) and the real connector code runs
 * against it. Signatures and project ids are not checked.
 */
public final class HcsoSimulator implements AutoCloseable {

    /** The project id of {@link #account()}. */
    public static final String PROJECT = "simulatedproject0000000000000000";
    /** The bucket the simulator starts with, holding sample SDR files under {@code sdr/}. */
    public static final String SDR_BUCKET = "hcso-sdr";

    private static final Logger LOG = Logger.getLogger(HcsoSimulator.class.getName());

    /** One HTTP answer. */
    record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

        static Reply json(int status, JsonNode json) {
            return new Reply(status, "application/json;charset=UTF-8", json.toString().getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }

        static Reply empty(int status) {
            return new Reply(status, null, new byte[0], Map.of());
        }
    }

    private final HttpServer server;
    private final SimulatedPools pools;
    private final SimulatedWorkspaces workspaces;
    private final SimulatedMetrics metrics = new SimulatedMetrics();
    private final SimulatedStorage storage;

    /**
     * @param port       the port to listen on (127.0.0.1), 0 for any free one
     * @param readyAfter how long a new pool stays {@code Creating}
     * @param clock      the simulator's time (pool readiness, object dates)
     */
    public HcsoSimulator(int port, Duration readyAfter, Clock clock) throws IOException {
        this.pools = new SimulatedPools(clock, readyAfter);
        this.workspaces = new SimulatedWorkspaces(clock);
        this.storage = new SimulatedStorage(clock);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "hcso-simulator");
            thread.setDaemon(true);
            return thread;
        }));
        storage.put(SDR_BUCKET, "sdr/2026/07/01/hcso-sim_20260701030000_0001.sdr", sampleSdr(1));
        storage.put(SDR_BUCKET, "sdr/2026/07/01/hcso-sim_20260701030000_0002.sdr", sampleSdr(2));
    }

    /** A simulator on a free port whose pools are ready 3 seconds after creation. */
    public static HcsoSimulator onFreePort(Clock clock) throws IOException {
        return new HcsoSimulator(0, Duration.ofSeconds(3), clock);
    }

    public HcsoSimulator start() {
        server.start();
        LOG.info(() -> "HCSO simulator listening at " + baseUrl());
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An account whose every endpoint is this simulator. */
    public CloudAccount account() {
        return CloudAccount.allAt("simulator", "SIMULATORAK0000000000", "simulator-secret-key", PROJECT, "cn-sim-1",
                baseUrl());
    }

    /** Adds (or replaces) an object, e.g. an SDR file for a test. */
    public void putObject(String bucket, String key, byte[] content) {
        storage.put(bucket, key, content);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route(exchange);
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, "HCSO simulator could not answer " + exchange.getRequestURI(), e);
                reply = Reply.json(500, SimulatedPools.error("SIM.500", String.valueOf(e.getMessage())));
            }
            exchange.getResponseHeaders().add("X-Request-Id", UUID.randomUUID().toString());
            exchange.getResponseHeaders().add("x-obs-request-id", UUID.randomUUID().toString());
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            boolean noBody = reply.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = path.split("/", -1);
        if (path.startsWith("/v2/") && parts.length >= 4 && "pools".equals(parts[3])) {
            return pools.handle(method, parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null, query, body);
        }
        if (path.startsWith("/v1/") && parts.length >= 4 && "workspaces".equals(parts[3])) {
            String id = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
            return workspaces.handle(method, id, parts.length > 5 && "quotas".equals(parts[5]), query, body);
        }
        if (path.startsWith("/V1.0/") && parts.length >= 4) {
            return "metrics".equals(parts[3]) ? metrics.metrics() : metrics.metricData(query);
        }
        int slash = path.indexOf('/', 1);
        String bucket = slash < 0 ? path.substring(1) : path.substring(1, slash);
        return storage.handle(method, bucket, slash < 0 ? null : path.substring(slash + 1), query,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Three hourly records of a sample pool, in the default SDR layout (docs/sdr-format.md). */
    private static byte[] sampleSdr(int file) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            text.append("SIM").append(file).append('-').append(i).append("|20|2026070101").append(String.format("%02d", i)).append("00|")
                    .append(PROJECT).append("|cn-sim-1|cn-sim-1a|hws.service.type.modelarts|hws.resource.type.pool|")
                    .append("modelarts.vm.gpu.t4u8|pool-sample-").append(file).append("||20260701")
                    .append(String.format("%02d", i - 1)).append("0000|20260701").append(String.format("%02d", i))
                    .append("0000|3600|1|NODE_HOUR\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
