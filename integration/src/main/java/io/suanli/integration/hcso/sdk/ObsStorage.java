package io.suanli.integration.hcso.sdk;

import com.obs.services.ObsClient;
import com.obs.services.exception.ObsException;
import com.obs.services.model.CreateBucketRequest;
import com.obs.services.model.BucketQuota;
import com.obs.services.model.HeaderResponse;
import com.obs.services.model.ListObjectsRequest;
import com.obs.services.model.ObjectListing;
import com.obs.services.model.ObsObject;
import io.suanli.integration.hcso.BucketRequest;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.StoredObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * OBS buckets and objects through {@code esdk-obs-java}, path-style against the account's OBS endpoint. The OBS
 * SDK's own retries are off ({@code maxErrorRetry=0}): {@link Retrier} decides, as for the other services.
 */
final class ObsStorage {

    private static final int PAGE = 1000;

    private final CloudAccount account;
    private final ObsClient client;
    private final Retrier retrier;

    ObsStorage(CloudAccount account, ObsClient client, Retrier retrier) {
        this.account = account;
        this.client = client;
        this.retrier = retrier;
    }

    void createBucket(BucketRequest request) {
        String bucket = request.name();
        String operation = "create bucket " + bucket;
        retrier.run(operation, () -> {
            try {
                return call(operation, () -> client.createBucket(new CreateBucketRequest(bucket, account.region())));
            } catch (HcsoException e) {
                if ("BucketAlreadyOwnedByYou".equals(e.cloudErrorCode())) {
                    CallLog.LOG.info(() -> "HCSO " + operation + ": already ours, reused");
                    return null;
                }
                throw e;
            }
        });
        if (request.quotaBytes() > 0) {
            String quota = "set quota of bucket " + bucket + " to " + request.quotaBytes() + " bytes";
            retrier.run(quota, () -> call(quota, () -> client.setBucketQuota(bucket,
                    new BucketQuota(request.quotaBytes()))));
        }
        if (request.policyJson() != null) {
            String policy = "set policy of bucket " + bucket;
            retrier.run(policy, () -> call(policy, () -> client.setBucketPolicy(bucket, request.policyJson())));
        }
    }

    void deleteBucket(String bucket) {
        String operation = "delete bucket " + bucket;
        retrier.run(operation, () -> {
            try {
                return call(operation, () -> client.deleteBucket(bucket));
            } catch (HcsoException e) {
                if (e.code() == HcsoErrorCode.NOT_FOUND) {
                    CallLog.LOG.info(() -> "HCSO " + operation + ": already gone");
                    return null;
                }
                throw e;
            }
        });
    }

    List<StoredObject> list(String bucket, String prefix) {
        List<StoredObject> objects = new ArrayList<>();
        String marker = null;
        while (true) {
            ListObjectsRequest request = new ListObjectsRequest(bucket);
            request.setPrefix(prefix);
            request.setMaxKeys(PAGE);
            request.setMarker(marker);
            String operation = "list bucket " + bucket + " prefix " + prefix
                    + (marker == null ? "" : " after " + marker);
            ObjectListing listing = retrier.run(operation, () -> call(operation, () -> client.listObjects(request)));
            for (ObsObject object : listing.getObjects()) {
                objects.add(summary(bucket, object));
            }
            if (!listing.isTruncated() || listing.getObjects().isEmpty()) {
                return objects;
            }
            marker = listing.getNextMarker() != null ? listing.getNextMarker()
                    : objects.get(objects.size() - 1).key();
        }
    }

    long download(String bucket, String key, OutputStream target) {
        String operation = "download " + bucket + "/" + key;
        ObsObject object = retrier.run(operation, () -> call(operation, () -> client.getObject(bucket, key)));
        try (InputStream in = object.getObjectContent()) {
            return in.transferTo(target);
        } catch (IOException e) {
            throw new HcsoException(HcsoErrorCode.UNREACHABLE, operation + " on account " + account.name()
                    + ": broken off while copying (" + e.getMessage() + ")", 0, null, null, e);
        }
    }

    private static StoredObject summary(String bucket, ObsObject object) {
        var metadata = object.getMetadata();
        String etag = metadata == null ? null : metadata.getEtag();
        if (etag != null) {
            etag = etag.replace("\"", "");
        }
        Long size = metadata == null ? null : metadata.getContentLength();
        Instant modified = metadata == null || metadata.getLastModified() == null ? null
                : metadata.getLastModified().toInstant();
        return new StoredObject(bucket, object.getObjectKey(), size == null ? 0 : size, etag, modified);
    }

    private <T> T call(String operation, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            T answer = call.get();
            CallLog.done(account, operation, answer instanceof HeaderResponse h ? h.getRequestId() : null, started);
            return answer;
        } catch (ObsException e) {
            throw SdkErrors.fromObs(account, operation, e);
        }
    }
}
