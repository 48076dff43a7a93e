package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.core.http.HttpRequestDef;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.ClientTokens;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.HcsoSettings;
import io.suanli.integration.hcso.PoolRequest;
import io.suanli.integration.hcso.PoolStatus;
import io.suanli.integration.hcso.ResourcePool;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** ModelArts dedicated resource pools through {@link ModelArtsClient} and {@link ModelArtsApi}. */
final class ModelArtsPools {

    private final CloudAccount account;
    private final HcsoSettings settings;
    private final ModelArtsClient client;
    private final Retrier retrier;

    ModelArtsPools(HcsoSettings settings, ModelArtsClient client, Retrier retrier) {
        this.account = client.account();
        this.settings = settings;
        this.client = client;
        this.retrier = retrier;
    }

    /** Every pool of the project (first page as the API answers it); for the connection test. */
    List<ResourcePool> list() {
        return retrier.run("list pools", () -> PoolJson.pools(call("list pools", ModelArtsApi.LIST,
                ModelArtsCall.none()).getBody()));
    }

    ResourcePool create(PoolRequest request) {
        String name = request.poolName();
        String operation = "create pool " + name + " for order " + request.orderNumber();
        Optional<ResourcePool> existing = findByName(name);
        if (existing.isPresent()) {
            CallLog.LOG.info(() -> "HCSO " + operation + ": already exists as " + existing.get().id() + ", reused");
            return existing.get();
        }
        String body = PoolJson.createBody(request);
        return retrier.run(operation, () -> {
            try {
                return PoolJson.pool(call(operation, ModelArtsApi.CREATE, ModelArtsCall.none().withBody(body))
                        .getBody());
            } catch (HcsoException e) {
                if (e.code() == HcsoErrorCode.CONFLICT) {
                    // the name is taken: by our own earlier try, or by someone else
                    return findByName(name).orElseThrow(() -> e);
                }
                throw e;
            }
        }, () -> findByName(name));
    }

    Optional<ResourcePool> find(String poolId) {
        return retrier.run("query pool " + poolId, () -> {
            try {
                return Optional.of(PoolJson.pool(call("query pool " + poolId, ModelArtsApi.SHOW,
                        ModelArtsCall.pool(poolId)).getBody()));
            } catch (HcsoException e) {
                if (e.code() == HcsoErrorCode.NOT_FOUND) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    Optional<ResourcePool> findForOrder(String orderNumber) {
        return findByName(ClientTokens.poolName(orderNumber));
    }

    /**
     * The pool whose name label is {@code name}: asks with a label selector and still checks the label itself (a
     * server that ignores the selector answers every pool).
     */
    Optional<ResourcePool> findByName(String name) {
        String operation = "look up pool " + name;
        return retrier.run(operation, () -> PoolJson.pools(call(operation, ModelArtsApi.LIST,
                        ModelArtsCall.selecting(PoolJson.NAME_LABEL + "=" + name)).getBody()).stream()
                .filter(pool -> name.equals(pool.name()))
                .filter(pool -> pool.status() != PoolStatus.DELETING)
                .findFirst());
    }

    ResourcePool awaitReady(String poolId, Duration maxWait) {
        Duration limit = maxWait == null ? settings.readyTimeout() : maxWait;
        long deadline = System.nanoTime() + limit.toNanos();
        String operation = "wait for pool " + poolId;
        while (true) {
            ResourcePool pool = find(poolId).orElseThrow(() -> new HcsoException(HcsoErrorCode.NOT_FOUND,
                    operation + " on account " + account.name() + ": the pool disappeared"));
            if (pool.status() == PoolStatus.READY) {
                return pool;
            }
            if (pool.status() == PoolStatus.FAILED || pool.status() == PoolStatus.DELETING) {
                throw notReady(pool, "it is " + pool.phase());
            }
            if (System.nanoTime() + settings.pollInterval().toNanos() - deadline >= 0) {
                throw notReady(pool, "still " + pool.phase() + " after " + limit.toSeconds() + " s");
            }
            retrier.pause(settings.pollInterval(), operation);
        }
    }

    ResourcePool resize(String poolId, int nodeCount) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("nodeCount must be at least 1");
        }
        String operation = "resize pool " + poolId + " to " + nodeCount + " nodes";
        ResourcePool current = find(poolId).orElseThrow(() -> new HcsoException(HcsoErrorCode.NOT_FOUND,
                operation + " on account " + account.name() + ": no such pool"));
        String body = PoolJson.resizeBody(current.flavor(), nodeCount);
        return retrier.run(operation, () -> PoolJson.pool(call(operation, ModelArtsApi.UPDATE,
                ModelArtsCall.pool(poolId).withBody(body)).getBody()));
    }

    void delete(String poolId) {
        String operation = "delete pool " + poolId;
        retrier.run(operation, () -> {
            try {
                call(operation, ModelArtsApi.DELETE, ModelArtsCall.pool(poolId));
            } catch (HcsoException e) {
                if (e.code() != HcsoErrorCode.NOT_FOUND) {
                    throw e;
                }
                CallLog.LOG.info(() -> "HCSO " + operation + ": already gone");
            }
            return null;
        });
    }

    private HcsoException notReady(ResourcePool pool, String why) {
        return new HcsoException(HcsoErrorCode.FAILED_TO_BECOME_READY, "pool " + pool.id() + " (" + pool.name()
                + ") on account " + account.name() + " did not become ready: " + why);
    }

    private ModelArtsAnswer call(String operation, HttpRequestDef<ModelArtsCall, ModelArtsAnswer> def,
                                 ModelArtsCall request) {
        return client.call(operation, def, request);
    }
}
