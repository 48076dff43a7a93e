package io.suanli.core.ordering.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** What operations back-fill on acceptance (O6): resource pool id, access URL, activation time, extra fields. */
public record ResourceInfo(String resourcePoolId, String accessUrl, Instant activatedAt, Map<String, String> extra) implements Serializable {
}
