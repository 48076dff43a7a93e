package io.suanli.integration.hcso;

/**
 * An OBS bucket to create.
 *
 * @param name       bucket name (3–63 lower-case letters, digits, hyphens, dots), globally unique
 * @param quotaBytes storage quota in bytes; 0 for none
 * @param policyJson bucket policy document (OBS/S3 policy JSON), or null for none
 */
public record BucketRequest(String name, long quotaBytes, String policyJson) {

    public BucketRequest {
        if (name == null || !name.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("bucket name must be 3-63 lower-case letters, digits, dots, hyphens");
        }
        if (quotaBytes < 0) {
            throw new IllegalArgumentException("quotaBytes must not be negative");
        }
    }
}
