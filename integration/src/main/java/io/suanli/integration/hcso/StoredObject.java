package io.suanli.integration.hcso;

import java.time.Instant;

/**
 * One object in an OBS bucket, as listed.
 *
 * @param bucket       the bucket
 * @param key          the object key, e.g. {@code sdr/2026/07/01/cdr_0001.dat}
 * @param size         size in bytes
 * @param etag         entity tag (MD5 for simple uploads), without quotes; may be null
 * @param lastModified last modification, may be null
 */
public record StoredObject(String bucket, String key, long size, String etag, Instant lastModified) {
}
