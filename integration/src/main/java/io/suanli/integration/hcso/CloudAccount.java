package io.suanli.integration.hcso;

import java.net.URI;
import java.util.Objects;

/**
 * One HCSO (or Huawei Cloud) account as the system console configures it (SPEC S5): the access key pair, the
 * project and region it works in, and the endpoint of each service we call. On HCSO every endpoint is specific to the
 * installation, so none is derived from the region.
 *
 * @param name               our label for the account, shown in logs and messages
 * @param accessKey          AK
 * @param secretKey          SK; never shown ({@link #toString()} leaves it out)
 * @param projectId          the project (region-scoped tenant) the resources live in; sent in every URI
 * @param region             region code, e.g. {@code cn-north-4} or the HCSO region name
 * @param iamEndpoint        IAM endpoint of the installation (used by the SDK for anything it resolves through IAM)
 * @param modelArtsEndpoint  ModelArts endpoint, e.g. {@code https://modelarts.cn-north-4.myhuaweicloud.com}
 * @param obsEndpoint        OBS endpoint; addressed path-style ({@code /bucket/key})
 * @param cesEndpoint        Cloud Eye endpoint
 */
public record CloudAccount(String name, String accessKey, String secretKey, String projectId, String region,
                           URI iamEndpoint, URI modelArtsEndpoint, URI obsEndpoint, URI cesEndpoint) {

    public CloudAccount {
        requireText(name, "name");
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        requireText(projectId, "projectId");
        requireText(region, "region");
        Objects.requireNonNull(iamEndpoint, "iamEndpoint");
        Objects.requireNonNull(modelArtsEndpoint, "modelArtsEndpoint");
        Objects.requireNonNull(obsEndpoint, "obsEndpoint");
        Objects.requireNonNull(cesEndpoint, "cesEndpoint");
    }

    /** An account whose every service answers at one base URL: a simulator or a test server. */
    public static CloudAccount allAt(String name, String accessKey, String secretKey, String projectId, String region,
                                     URI baseUrl) {
        return new CloudAccount(name, accessKey, secretKey, projectId, region, baseUrl, baseUrl, baseUrl, baseUrl);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    /** Without the secret key, and with only the first characters of the access key. */
    @Override
    public String toString() {
        return "CloudAccount[name=" + name + ", accessKey=" + masked(accessKey) + ", projectId=" + projectId
                + ", region=" + region + ", iam=" + iamEndpoint + ", modelArts=" + modelArtsEndpoint + ", obs="
                + obsEndpoint + ", ces=" + cesEndpoint + "]";
    }

    private static String masked(String key) {
        return key.length() <= 4 ? "****" : key.substring(0, 4) + "****";
    }
}
