package io.suanli.integration.hcso;

import java.util.Map;

/**
 * A customer's entitlement to the shared ModelArts pool, opened for one order as a ModelArts workspace
 * ({@code POST /v1/{project_id}/workspaces}) with quotas on the shared pool's resources.
 *
 * @param orderNumber our order number; the workspace's name (client token) is derived from it by {@link ClientTokens}
 * @param description free text shown in the cloud console, may be null
 * @param quotas      quota per ModelArts quota resource ({@code resource} → {@code quota}, −1 = unlimited), applied
 *                    after creation with {@code PUT …/quotas}; empty for the cloud's defaults
 */
public record WorkspaceRequest(String orderNumber, String description, Map<String, Long> quotas) {

    public WorkspaceRequest {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("orderNumber is missing");
        }
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        for (Map.Entry<String, Long> q : quotas.entrySet()) {
            if (q.getKey() == null || q.getKey().isBlank() || q.getValue() == null || q.getValue() < -1) {
                throw new IllegalArgumentException("a quota needs a resource and a value of -1 or more");
            }
        }
    }

    /** The name the workspace gets in the cloud: the client token of the order. */
    public String workspaceName() {
        return ClientTokens.poolName(orderNumber);
    }
}
