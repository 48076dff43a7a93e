package io.suanli.integration.hcso.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.suanli.integration.hcso.Workspace;
import io.suanli.integration.hcso.WorkspaceRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of ModelArts v1 workspaces, as documented for CreateWorkspace / ShowWorkspace / ListWorkspace and
 * Show/UpdateWorkspaceQuotas.
 * <p>
 * Written: {@code name} (our client token), {@code description}; quotas as {@code {"quotas": [{resource, quota}]}}.
 * Read: {@code id}, {@code name}, {@code status}, {@code status_info}; a list as {@code workspaces}; quotas as
 * {@code quotas[].resource/quota}. Unknown members are ignored.
 */
final class WorkspaceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkspaceJson() {
    }

    static String createBody(WorkspaceRequest request) {
        ObjectNode root = MAPPER.createObjectNode().put("name", request.workspaceName());
        if (request.description() != null) {
            root.put("description", request.description());
        }
        return root.toString();
    }

    /** The quotas to set, in a stable order (by resource). */
    static String quotasBody(Map<String, Long> quotas) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode items = root.putArray("quotas");
        new TreeMap<>(quotas).forEach((resource, quota) -> items.addObject().put("resource", resource)
                .put("quota", quota));
        return root.toString();
    }

    static Workspace workspace(String json) {
        return workspace(PoolJson.tree(json));
    }

    static List<Workspace> workspaces(String json) {
        List<Workspace> workspaces = new ArrayList<>();
        if (PoolJson.tree(json).path("workspaces") instanceof ArrayNode array) {
            array.forEach(item -> workspaces.add(workspace(item)));
        }
        return workspaces;
    }

    /** The quotas as the cloud answered them: resource → quota (−1 = unlimited). */
    static Map<String, Long> quotas(String json) {
        Map<String, Long> quotas = new LinkedHashMap<>();
        for (JsonNode quota : PoolJson.tree(json).path("quotas")) {
            String resource = quota.path("resource").asText(null);
            if (resource != null && quota.path("quota").isIntegralNumber()) {
                quotas.put(resource, quota.path("quota").asLong());
            }
        }
        return quotas;
    }

    private static Workspace workspace(JsonNode node) {
        String id = node.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw PoolJson.malformed("workspace without id");
        }
        return new Workspace(id, node.path("name").asText(null), node.path("status").asText(null),
                node.path("status_info").asText(""));
    }
}
