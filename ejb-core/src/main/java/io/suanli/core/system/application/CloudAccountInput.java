package io.suanli.core.system.application;

import java.io.Serializable;

/**
 * What an administrator enters for a cloud account; a blank secret key on an existing account keeps the stored one.
 * Every endpoint is entered: HCSO installations differ.
 */
public record CloudAccountInput(String name, String accessKey, String secretKey, String projectId, String region, String iamEndpoint,
                                String modelArtsEndpoint, String obsEndpoint, String cesEndpoint, boolean enabled) implements Serializable {
}
