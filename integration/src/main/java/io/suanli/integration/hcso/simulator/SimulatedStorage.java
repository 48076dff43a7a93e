package io.suanli.integration.hcso.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * OBS, path-style, in memory: enough for bucket create/delete (quota and policy accepted and ignored), listing
 * ({@code GET /{bucket}?prefix=&marker=&max-keys=}, ListBucketResult XML) and downloading ({@code GET
 * /{bucket}/{key}}). Signatures are not checked.
 */
final class SimulatedStorage {

    private record Stored(byte[] content, Instant modified) {
    }

    private final Map<String, NavigableMap<String, Stored>> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    SimulatedStorage(Clock clock) {
        this.clock = clock;
    }

    void put(String bucket, String key, byte[] content) {
        buckets.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>()).put(key, new Stored(content,
                clock.instant()));
    }

    HcsoSimulator.Reply handle(String method, String bucket, String key, Map<String, String> query, byte[] body) {
        NavigableMap<String, Stored> objects = buckets.get(bucket);
        if (key == null || key.isEmpty()) {
            if ("PUT".equals(method)) {
                if (query.containsKey("quota") || query.containsKey("policy")) {
                    return objects == null ? error(404, "NoSuchBucket") : HcsoSimulator.Reply.empty(200);
                }
                if (objects != null) {
                    return error(409, "BucketAlreadyOwnedByYou");
                }
                buckets.put(bucket, new ConcurrentSkipListMap<>());
                return HcsoSimulator.Reply.empty(200);
            }
            if (objects == null) {
                return error(404, "NoSuchBucket");
            }
            return switch (method) {
                case "GET" -> list(bucket, objects, query);
                case "HEAD" -> HcsoSimulator.Reply.empty(200);
                case "DELETE" -> {
                    if (!objects.isEmpty()) {
                        yield error(409, "BucketNotEmpty");
                    }
                    buckets.remove(bucket);
                    yield HcsoSimulator.Reply.empty(204);
                }
                default -> error(405, "MethodNotAllowed");
            };
        }
        if ("PUT".equals(method)) { // an object upload (e.g. an SDR file a test or a demo drops in)
            if (objects == null) {
                return error(404, "NoSuchBucket");
            }
            put(bucket, key, body);
            return HcsoSimulator.Reply.empty(200);
        }
        Stored stored = objects == null ? null : objects.get(key);
        if (!"GET".equals(method)) {
            return error(405, "MethodNotAllowed");
        }
        if (stored == null) {
            return error(404, objects == null ? "NoSuchBucket" : "NoSuchKey");
        }
        return new HcsoSimulator.Reply(200, "application/octet-stream", stored.content(),
                Map.of("ETag", "\"" + md5(stored.content()) + "\""));
    }

    private HcsoSimulator.Reply list(String bucket, NavigableMap<String, Stored> objects, Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        String marker = query.get("marker");
        int maxKeys = Integer.parseInt(query.getOrDefault("max-keys", "1000"));
        StringBuilder contents = new StringBuilder();
        int count = 0;
        String last = null;
        boolean truncated = false;
        Map<String, Stored> after = marker == null || marker.isEmpty() ? objects : objects.tailMap(marker, false);
        for (Map.Entry<String, Stored> e : after.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            contents.append("<Contents><Key>").append(xml(e.getKey())).append("</Key><LastModified>")
                    .append(e.getValue().modified()).append("</LastModified><ETag>\"")
                    .append(md5(e.getValue().content())).append("\"</ETag><Size>")
                    .append(e.getValue().content().length)
                    .append("</Size><Owner><ID>simulator</ID></Owner><StorageClass>STANDARD</StorageClass></Contents>");
            last = e.getKey();
            count++;
        }
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://obs.myhwclouds.com/doc/2015-06-30/\"><Name>" + xml(bucket)
                + "</Name><Prefix>" + xml(prefix) + "</Prefix><Marker>" + xml(marker == null ? "" : marker)
                + "</Marker><MaxKeys>" + maxKeys + "</MaxKeys><IsTruncated>" + truncated + "</IsTruncated>"
                + (truncated ? "<NextMarker>" + xml(last) + "</NextMarker>" : "") + contents
                + "</ListBucketResult>";
        return new HcsoSimulator.Reply(200, "application/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static HcsoSimulator.Reply error(int status, String code) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                + "</Message><RequestId>simulator</RequestId></Error>";
        return new HcsoSimulator.Reply(status, "application/xml", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
