package io.suanli.integration.hcso.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.PoolStatus;
import io.suanli.integration.hcso.ResourcePool;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of ModelArts v2 pools, as documented for CreatePool / ShowPool / ListPools / UpdatePool.
 * <p>
 * Written: {@code apiVersion=v2}, {@code kind=Pool}, {@code metadata.labels["os.modelarts/name"]} (our client
 * token), {@code metadata.annotations["os.modelarts/description"]}, {@code spec.type=Dedicate},
 * {@code spec.scope=[Train, Infer]}, {@code spec.network.name} when given, {@code spec.resources=[{flavor, count}]}.
 * Read: {@code metadata.name} (the id), the name label, {@code metadata.creationTimestamp},
 * {@code spec.resources[].flavor/count}, {@code status.phase}. Unknown members are ignored.
 * <b>Assumed:</b> the scope values and that a pool may be created without a network on HCSO; adjust here if the
 * installation requires them.
 */
final class PoolJson {

    static final String NAME_LABEL = "os.modelarts/name";
    static final String DESCRIPTION_ANNOTATION = "os.modelarts/description";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PoolJson() {
    }

    static String createBody(PoolRequest request) {
        ObjectNode root = MAPPER.createObjectNode().put("apiVersion", "v2").put("kind", "Pool");
        ObjectNode metadata = root.putObject("metadata");
        metadata.putObject("labels").put(NAME_LABEL, request.poolName());
        if (request.description() != null) {
            metadata.putObject("annotations").put(DESCRIPTION_ANNOTATION, request.description());
        }
        ObjectNode spec = root.putObject("spec").put("type", "Dedicate");
        spec.putArray("scope").add("Train").add("Infer");
        if (request.network() != null) {
            spec.putObject("network").put("name", request.network());
        }
        spec.putArray("resources").addObject().put("flavor", request.flavor()).put("count", request.nodeCount());
        return root.toString();
    }

    /** A merge patch that sets the node count of the pool's resource group of that flavor. */
    static String resizeBody(String flavor, int nodeCount) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("spec").putArray("resources").addObject().put("flavor", flavor).put("count", nodeCount);
        return root.toString();
    }

    static ResourcePool pool(String json) {
        return pool(tree(json));
    }

    static List<ResourcePool> pools(String json) {
        JsonNode items = tree(json).path("items");
        List<ResourcePool> pools = new ArrayList<>();
        if (items instanceof ArrayNode array) {
            array.forEach(item -> pools.add(pool(item)));
        }
        return pools;
    }

    private static ResourcePool pool(JsonNode node) {
        JsonNode metadata = node.path("metadata");
        String id = metadata.path("name").asText(null);
        if (id == null || id.isBlank()) {
            throw malformed("pool without metadata.name");
        }
        String flavor = null;
        int nodes = 0;
        for (JsonNode resource : node.path("spec").path("resources")) {
            if (flavor == null) {
                flavor = resource.path("flavor").asText(null);
            }
            nodes += resource.path("count").asInt(0);
        }
        String phase = node.path("status").path("phase").asText(null);
        return new ResourcePool(id, metadata.path("labels").path(NAME_LABEL).asText(null), flavor, nodes, phase,
                PoolStatus.fromPhase(phase), instant(metadata.path("creationTimestamp").asText(null)));
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The answer's JSON tree; an empty or unreadable answer is MALFORMED_ANSWER (for every ModelArts answer). */
    static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            throw malformed("empty answer");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed("not JSON: " + e.getOriginalMessage());
        }
    }

    static HcsoException malformed(String what) {
        return new HcsoException(HcsoErrorCode.MALFORMED_ANSWER, "ModelArts answered a " + what);
    }
}
