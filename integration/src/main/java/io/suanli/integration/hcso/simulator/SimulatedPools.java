package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ModelArts v2 pools in memory: a created pool is {@code Creating} until {@code readyAfter} has passed on the clock,
 * then {@code Running}; names ({@code os.modelarts/name}) are unique per simulator.
 */
final class SimulatedPools {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NAME_LABEL = "os.modelarts/name";

    private record Pool(String id, String name, String flavor, int count, Instant createdAt) {
    }

    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration readyAfter;

    SimulatedPools(Clock clock, Duration readyAfter) {
        this.clock = clock;
        this.readyAfter = readyAfter;
    }

    HcsoSimulator.Reply handle(String method, String poolId, Map<String, String> query, String body)
            throws IOException {
        if (poolId == null) {
            return switch (method) {
                case "GET" -> list(query.get("labelSelector"));
                case "POST" -> create(MAPPER.readTree(body));
                default -> HcsoSimulator.Reply.json(405, error("ModelArts.4005", "method not allowed"));
            };
        }
        Pool pool = pools.get(poolId);
        if (pool == null) {
            return HcsoSimulator.Reply.json(404, error("ModelArts.50015001", "pool " + poolId + " not found"));
        }
        return switch (method) {
            case "GET" -> HcsoSimulator.Reply.json(200, json(pool, null));
            case "PATCH" -> resize(pool, MAPPER.readTree(body));
            case "DELETE" -> {
                pools.remove(poolId);
                yield HcsoSimulator.Reply.json(200, json(pool, "Deleting"));
            }
            default -> HcsoSimulator.Reply.json(405, error("ModelArts.4005", "method not allowed"));
        };
    }

    private HcsoSimulator.Reply list(String labelSelector) {
        String wanted = labelSelector != null && labelSelector.startsWith(NAME_LABEL + "=")
                ? labelSelector.substring(NAME_LABEL.length() + 1) : null;
        ObjectNode root = MAPPER.createObjectNode().put("apiVersion", "v2").put("kind", "PoolList");
        ArrayNode items = root.putArray("items");
        pools.values().stream()
                .filter(pool -> wanted == null || wanted.equals(pool.name()))
                .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                .forEach(pool -> items.add(json(pool, null)));
        return HcsoSimulator.Reply.json(200, root);
    }

    private HcsoSimulator.Reply create(JsonNode body) {
        String name = body.path("metadata").path("labels").path(NAME_LABEL).asText("");
        JsonNode resource = body.path("spec").path("resources").path(0);
        if (name.isBlank() || resource.isMissingNode()) {
            return HcsoSimulator.Reply.json(400, error("ModelArts.50004000",
                    "metadata.labels os.modelarts/name and spec.resources are required"));
        }
        synchronized (pools) {
            if (pools.values().stream().anyMatch(pool -> pool.name().equals(name))) {
                return HcsoSimulator.Reply.json(409, error("ModelArts.50004001", "pool " + name + " already exists"));
            }
            Pool pool = new Pool("pool-" + UUID.randomUUID(), name, resource.path("flavor").asText(),
                    resource.path("count").asInt(1), clock.instant());
            pools.put(pool.id(), pool);
            return HcsoSimulator.Reply.json(200, json(pool, null));
        }
    }

    private HcsoSimulator.Reply resize(Pool pool, JsonNode patch) {
        JsonNode resource = patch.path("spec").path("resources").path(0);
        Pool resized = new Pool(pool.id(), pool.name(), pool.flavor(), resource.path("count").asInt(pool.count()),
                pool.createdAt());
        pools.put(pool.id(), resized);
        return HcsoSimulator.Reply.json(200, json(resized, null));
    }

    private ObjectNode json(Pool pool, String phase) {
        ObjectNode root = MAPPER.createObjectNode().put("apiVersion", "v2").put("kind", "Pool");
        ObjectNode metadata = root.putObject("metadata").put("name", pool.id())
                .put("creationTimestamp", pool.createdAt().toString());
        metadata.putObject("labels").put(NAME_LABEL, pool.name()).put("os.modelarts/workspace.id", "0");
        ObjectNode spec = root.putObject("spec").put("type", "Dedicate");
        spec.putArray("resources").addObject().put("flavor", pool.flavor()).put("count", pool.count());
        boolean ready = !clock.instant().isBefore(pool.createdAt().plus(readyAfter));
        root.putObject("status").put("phase", phase != null ? phase : ready ? "Running" : "Creating");
        return root;
    }

    static ObjectNode error(String code, String message) {
        return MAPPER.createObjectNode().put("error_code", code).put("error_msg", message);
    }
}
