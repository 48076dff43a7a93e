package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ModelArts v1 workspaces in memory, with quotas: names are unique per simulator; a workspace whose name starts with
 * {@code fail-} is answered {@code CREATE_FAILED} (to try the connector's failure path); any quota resource may be set
 * to −1 or 0‥{@value #MAX_QUOTA}, more is refused like ModelArts does.
 */
final class SimulatedWorkspaces {

    static final long MAX_QUOTA = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Space(String id, String name, String description, String status, Instant createdAt,
                         Map<String, Long> quotas) {
    }

    private final Map<String, Space> spaces = new ConcurrentHashMap<>();
    private final Clock clock;

    SimulatedWorkspaces(Clock clock) {
        this.clock = clock;
    }

    /** {@code workspaceId} null for the collection; {@code quotas} for {@code …/{id}/quotas}. */
    HcsoSimulator.Reply handle(String method, String workspaceId, boolean quotas, Map<String, String> query,
                               String body) throws IOException {
        if (workspaceId == null) {
            return switch (method) {
                case "GET" -> list(query.get("name"), "true".equalsIgnoreCase(query.get("filter_accurate")));
                case "POST" -> create(MAPPER.readTree(body));
                default -> HcsoSimulator.Reply.json(405, SimulatedPools.error("ModelArts.4005", "method not allowed"));
            };
        }
        Space space = spaces.get(workspaceId);
        if (space == null) {
            return HcsoSimulator.Reply.json(404, SimulatedPools.error("ModelArts.7002",
                    "workspace " + workspaceId + " not found"));
        }
        if (quotas) {
            return switch (method) {
                case "GET" -> HcsoSimulator.Reply.json(200, quotasJson(space));
                case "PUT" -> setQuotas(space, MAPPER.readTree(body));
                default -> HcsoSimulator.Reply.json(405, SimulatedPools.error("ModelArts.4005", "method not allowed"));
            };
        }
        return switch (method) {
            case "GET" -> HcsoSimulator.Reply.json(200, json(space));
            case "DELETE" -> {
                spaces.remove(workspaceId);
                yield HcsoSimulator.Reply.json(200, MAPPER.createObjectNode().put("id", workspaceId));
            }
            default -> HcsoSimulator.Reply.json(405, SimulatedPools.error("ModelArts.4005", "method not allowed"));
        };
    }

    private HcsoSimulator.Reply list(String name, boolean exact) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode items = root.putArray("workspaces");
        spaces.values().stream()
                .filter(space -> name == null || (exact ? space.name().equals(name) : space.name().contains(name)))
                .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                .forEach(space -> items.add(json(space)));
        root.put("total_count", items.size()).put("count", items.size());
        return HcsoSimulator.Reply.json(200, root);
    }

    private HcsoSimulator.Reply create(JsonNode body) {
        String name = body.path("name").asText("");
        if (!name.matches("[A-Za-z0-9_-]{4,64}") || "default".equals(name)) {
            return HcsoSimulator.Reply.json(400, SimulatedPools.error("ModelArts.7000",
                    "name must be 4 to 64 letters, digits, hyphens or underscores"));
        }
        synchronized (spaces) {
            if (spaces.values().stream().anyMatch(space -> space.name().equals(name))) {
                return HcsoSimulator.Reply.json(409, SimulatedPools.error("ModelArts.7001",
                        "workspace " + name + " already exists"));
            }
            Space space = new Space(UUID.randomUUID().toString().replace("-", ""), name,
                    body.path("description").asText(""), name.startsWith("fail-") ? "CREATE_FAILED" : "NORMAL",
                    clock.instant(), new ConcurrentHashMap<>());
            spaces.put(space.id(), space);
            return HcsoSimulator.Reply.json(200, json(space));
        }
    }

    private HcsoSimulator.Reply setQuotas(Space space, JsonNode body) {
        Map<String, Long> wanted = new TreeMap<>();
        for (JsonNode quota : body.path("quotas")) {
            String resource = quota.path("resource").asText("");
            long value = quota.path("quota").asLong(Long.MIN_VALUE);
            if (resource.isBlank() || value < -1 || value > MAX_QUOTA) {
                return HcsoSimulator.Reply.json(400, SimulatedPools.error("ModelArts.7003",
                        "quota of " + resource + " must be -1 or between 0 and " + MAX_QUOTA));
            }
            wanted.put(resource, value);
        }
        space.quotas().putAll(wanted);
        return HcsoSimulator.Reply.json(200, quotasJson(space));
    }

    private static ObjectNode json(Space space) {
        return MAPPER.createObjectNode().put("id", space.id()).put("name", space.name())
                .put("description", space.description()).put("owner", "simulator")
                .put("create_time", space.createdAt().toEpochMilli()).put("update_time", space.createdAt().toEpochMilli())
                .put("auth_type", "PUBLIC").put("enterprise_project_id", "0").put("status", space.status())
                .put("status_info", "CREATE_FAILED".equals(space.status()) ? "simulated failure" : "");
    }

    private static ObjectNode quotasJson(Space space) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode items = root.putArray("quotas");
        new TreeMap<>(space.quotas()).forEach((resource, quota) -> items.addObject().put("resource", resource)
                .put("quota", quota).put("min_quota", -1).put("max_quota", MAX_QUOTA)
                .put("name_en", resource).put("unit_en", "piece"));
        return root;
    }
}
