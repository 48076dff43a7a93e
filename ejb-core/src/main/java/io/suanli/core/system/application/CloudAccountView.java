package io.suanli.core.system.application;

import java.io.Serializable;
import java.time.Instant;

/** A cloud account as the system console shows it: the access key masked, the secret key never. */
public record CloudAccountView(String code, String name, String accessKeyMasked, String projectId, String region, String iamEndpoint,
                               String modelArtsEndpoint, String obsEndpoint, String cesEndpoint, boolean enabled, Instant updatedAt,
                               String updatedBy) implements Serializable {
}
