package io.suanli.core.ordering.infrastructure;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProvisioningTarget;
import io.suanli.core.ordering.application.ProvisioningRunner;
import io.suanli.core.ordering.application.ResourceProvisioner;
import io.suanli.core.ordering.application.ResourceReleaser;
import io.suanli.core.ordering.application.ResourceResizer;
import io.suanli.core.system.application.CloudAccountService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Automatic provisioning through the HCSO connector (I1): takes the products whose resource type is a dedicated
 * ModelArts pool, a share of a shared pool or an OBS bucket served by an enabled cloud account, and opens their resources
 * once the acceptance has committed, on the server's managed executor (see {@link ProvisioningRunner}); applies approved
 * changes and deletes them in the cloud the same way.
 */
@ApplicationScoped
public class HcsoProvisioner implements ResourceProvisioner, ResourceReleaser, ResourceResizer {

    @Inject
    CatalogService catalog;

    @Inject
    CloudAccountService accounts;

    @Inject
    ProvisioningRunner runner;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Override
    public boolean handles(String productCode) {
        return catalog.provisioning(productCode, null).filter(ProvisioningTarget::isAutomatic)
                .map(t -> accounts.usable(t.cloudAccount())).orElse(false);
    }

    @Override
    public void provision(long resourceId, String orderNo) {
        afterCommit(() -> runner.run(resourceId, orderNo));
    }

    @Override
    public boolean opened(String resourceExtra) {
        return resourceExtra != null && resourceExtra.contains("\"cloudAccount\"");
    }

    @Override
    public void release(long resourceId) {
        afterCommit(() -> runner.release(resourceId));
    }

    @Override
    public void resize(long resourceId, String changeOrderNo) {
        afterCommit(() -> runner.resize(resourceId, changeOrderNo));
    }

    private void afterCommit(Runnable work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(work);
                }
            }
        });
    }
}
