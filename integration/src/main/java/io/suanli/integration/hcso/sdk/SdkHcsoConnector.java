package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.ces.v1.CesClient;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.obs.services.ObsClient;
import com.obs.services.ObsConfiguration;
import io.suanli.integration.hcso.BucketRequest;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.ConnectionCheck;
import io.suanli.integration.hcso.HcsoConnector;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.HcsoSettings;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.ResourcePool;
import io.suanli.integration.hcso.StoredObject;
import io.suanli.integration.hcso.Workspace;
import io.suanli.integration.hcso.WorkspaceRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HcsoConnector} through the Huawei Cloud SDK for Java: ModelArts with the core SDK's {@link HcClient} and our
 * own request definitions, Cloud Eye with {@code huaweicloud-sdk-ces}, OBS with {@code esdk-obs-java}. AK/SK signing
 * (SDK-HMAC-SHA256 for ModelArts and CES, OBS signatures for OBS) is the SDKs'; endpoints, retries, polling and error
 * mapping are ours. One instance per cloud account; close it to release OBS connections.
 */
public final class SdkHcsoConnector implements HcsoConnector, Closeable {

    private final CloudAccount account;
    private final ModelArtsPools pools;
    private final ModelArtsWorkspaces workspaces;
    private final CloudEyeMetrics metrics;
    private final ObsStorage storage;
    private final ObsClient obsClient;

    public SdkHcsoConnector(CloudAccount account, HcsoSettings settings) {
        this.account = account;
        Retrier retrier = new Retrier(settings);
        HttpConfig http = httpConfig(account, settings);
        BasicCredentials credentials = new BasicCredentials()
                .withAk(account.accessKey())
                .withSk(account.secretKey())
                .withProjectId(account.projectId())
                .withIamEndpoint(endpoint(account.iamEndpoint()));
        HcClient modelArts = new HcClient(http)
                .withEndpoints(List.of(endpoint(account.modelArtsEndpoint())))
                .withCredential(credentials);
        CesClient ces = CesClient.newBuilder()
                .withHttpConfig(http)
                .withCredential(credentials)
                .withEndpoints(List.of(endpoint(account.cesEndpoint())))
                .build();
        this.obsClient = new ObsClient(account.accessKey(), account.secretKey(), obsConfiguration(account, settings));
        ModelArtsClient modelArtsClient = new ModelArtsClient(account, modelArts);
        this.pools = new ModelArtsPools(settings, modelArtsClient, retrier);
        this.workspaces = new ModelArtsWorkspaces(modelArtsClient, retrier);
        this.metrics = new CloudEyeMetrics(account, ces, retrier);
        this.storage = new ObsStorage(account, obsClient, retrier);
    }

    private static HttpConfig httpConfig(CloudAccount account, HcsoSettings settings) {
        HttpConfig http = new HttpConfig()
                .withConnectionTimeout(wholeSeconds(settings.connectTimeout()))
                .withReadTimeout(wholeSeconds(settings.readTimeout()))
                .withTimeout(wholeSeconds(settings.readTimeout()));
        http.setEventListener(new EventListener() {
            @Override
            public void responseHeadersEnd(Call call, Response response) {
                CallLog.exchange(account, call.request().method(), call.request().url().toString(), response.code(),
                        response.headers().toMultimap());
            }
        });
        return http;
    }

    private static ObsConfiguration obsConfiguration(CloudAccount account, HcsoSettings settings) {
        ObsConfiguration config = new ObsConfiguration();
        URI endpoint = account.obsEndpoint();
        config.setEndPoint(endpoint(endpoint));
        config.setPathStyle(true);
        // no per-bucket signature negotiation (an extra request each time); the SDK then signs in the S3-compatible
        // V2 form (Authorization: AWS ak:signature), which OBS accepts
        config.setAuthTypeNegotiation(false);
        config.setMaxErrorRetry(0);
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setSocketTimeout((int) settings.readTimeout().toMillis());
        if ("http".equalsIgnoreCase(endpoint.getScheme())) {
            config.setHttpsOnly(false);
            if (endpoint.getPort() > 0) {
                config.setEndpointHttpPort(endpoint.getPort());
            }
        } else if (endpoint.getPort() > 0) {
            config.setEndpointHttpsPort(endpoint.getPort());
        }
        return config;
    }

    private static int wholeSeconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    private static String endpoint(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public CloudAccount account() {
        return account;
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            int poolCount = pools.list().size();
            metrics.probe();
            return ConnectionCheck.success("connected: ModelArts answered (" + poolCount + " pools), Cloud Eye "
                    + "answered");
        } catch (HcsoException e) {
            return ConnectionCheck.failure(e);
        }
    }

    @Override
    public ResourcePool createPool(PoolRequest request) {
        return pools.create(request);
    }

    @Override
    public Optional<ResourcePool> findPool(String poolId) {
        return pools.find(poolId);
    }

    @Override
    public Optional<ResourcePool> findPoolForOrder(String orderNumber) {
        return pools.findForOrder(orderNumber);
    }

    @Override
    public ResourcePool awaitReady(String poolId, Duration maxWait) {
        return pools.awaitReady(poolId, maxWait);
    }

    @Override
    public ResourcePool resizePool(String poolId, int nodeCount) {
        return pools.resize(poolId, nodeCount);
    }

    @Override
    public void deletePool(String poolId) {
        pools.delete(poolId);
    }

    @Override
    public Workspace createWorkspace(WorkspaceRequest request) {
        return workspaces.create(request);
    }

    @Override
    public Optional<Workspace> findWorkspaceForOrder(String orderNumber) {
        return workspaces.findForOrder(orderNumber);
    }

    @Override
    public void updateWorkspaceQuotas(String workspaceId, Map<String, Long> quotas) {
        workspaces.updateQuotas(workspaceId, quotas);
    }

    @Override
    public void deleteWorkspace(String workspaceId) {
        workspaces.delete(workspaceId);
    }

    @Override
    public void createBucket(BucketRequest request) {
        storage.createBucket(request);
    }

    @Override
    public void deleteBucket(String bucket) {
        storage.deleteBucket(bucket);
    }

    @Override
    public List<StoredObject> listObjects(String bucket, String prefix) {
        return storage.list(bucket, prefix);
    }

    @Override
    public long download(String bucket, String key, OutputStream target) {
        return storage.download(bucket, key, target);
    }

    @Override
    public List<MetricPoint> metrics(MetricQuery query) {
        return metrics.series(query);
    }

    @Override
    public void close() throws IOException {
        obsClient.close();
    }
}
