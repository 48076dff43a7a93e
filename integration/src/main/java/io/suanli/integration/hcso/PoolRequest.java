package io.suanli.integration.hcso;

/**
 * A dedicated ModelArts resource pool to create for one order.
 *
 * @param orderNumber our order number; the pool's name (client token) is derived from it by {@link ClientTokens}
 * @param flavor      the ModelArts flavor (our spec code maps to it), e.g. {@code modelarts.vm.gpu.t4u8}
 * @param nodeCount   number of nodes, at least 1
 * @param network     the ModelArts network the nodes join ({@code spec.network.name}), or null to leave it to the
 *                    cloud's default (assumed acceptable for logical pools)
 * @param description free text shown in the cloud console, may be null
 */
public record PoolRequest(String orderNumber, String flavor, int nodeCount, String network, String description) {

    public PoolRequest {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("orderNumber is missing");
        }
        if (flavor == null || flavor.isBlank()) {
            throw new IllegalArgumentException("flavor is missing");
        }
        if (nodeCount < 1) {
            throw new IllegalArgumentException("nodeCount must be at least 1");
        }
    }

    /** The name the pool gets in the cloud: the client token of the order. */
    public String poolName() {
        return ClientTokens.poolName(orderNumber);
    }
}
