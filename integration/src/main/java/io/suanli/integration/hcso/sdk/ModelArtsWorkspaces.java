package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.ClientTokens;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.Workspace;
import io.suanli.integration.hcso.WorkspaceRequest;

import java.util.Map;
import java.util.Optional;

/**
 * ModelArts workspaces (a customer's share of the shared pool) through {@link ModelArtsClient}: created once per
 * order under its client token, quotas set after creation, deleted on release.
 */
final class ModelArtsWorkspaces {

    private final CloudAccount account;
    private final ModelArtsClient client;
    private final Retrier retrier;

    ModelArtsWorkspaces(ModelArtsClient client, Retrier retrier) {
        this.account = client.account();
        this.client = client;
        this.retrier = retrier;
    }

    Workspace create(WorkspaceRequest request) {
        String name = request.workspaceName();
        String operation = "create workspace " + name + " for order " + request.orderNumber();
        Workspace workspace = findByName(name).map(existing -> {
            CallLog.LOG.info(() -> "HCSO " + operation + ": already exists as " + existing.id() + ", reused");
            return existing;
        }).orElseGet(() -> {
            String body = WorkspaceJson.createBody(request);
            return retrier.run(operation, () -> {
                try {
                    return WorkspaceJson.workspace(client.call(operation, ModelArtsApi.CREATE_WORKSPACE,
                            ModelArtsCall.none().withBody(body)).getBody());
                } catch (HcsoException e) {
                    if (e.code() == HcsoErrorCode.CONFLICT) {
                        return findByName(name).orElseThrow(() -> e);
                    }
                    throw e;
                }
            }, () -> findByName(name));
        });
        if (workspace.isFailed()) {
            throw new HcsoException(HcsoErrorCode.FAILED_TO_BECOME_READY, "workspace " + workspace.id() + " (" + name
                    + ") on account " + account.name() + " could not be created: " + workspace.status()
                    + (workspace.statusInfo().isBlank() ? "" : " (" + workspace.statusInfo() + ")"));
        }
        if (!request.quotas().isEmpty()) {
            updateQuotas(workspace.id(), request.quotas());
        }
        return find(workspace.id()).orElseThrow(() -> new HcsoException(HcsoErrorCode.NOT_FOUND, operation
                + " on account " + account.name() + ": the workspace disappeared"));
    }

    Optional<Workspace> find(String workspaceId) {
        String operation = "query workspace " + workspaceId;
        return retrier.run(operation, () -> {
            try {
                return Optional.of(WorkspaceJson.workspace(client.call(operation, ModelArtsApi.SHOW_WORKSPACE,
                        ModelArtsCall.workspace(workspaceId)).getBody()));
            } catch (HcsoException e) {
                if (e.code() == HcsoErrorCode.NOT_FOUND) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    Optional<Workspace> findForOrder(String orderNumber) {
        return findByName(ClientTokens.poolName(orderNumber));
    }

    /**
     * The workspace called exactly {@code name}, not being deleted: asks for an exact match and still checks the name
     * (a server that ignores the filter, or matches fuzzily, answers more).
     */
    Optional<Workspace> findByName(String name) {
        String operation = "look up workspace " + name;
        return retrier.run(operation, () -> WorkspaceJson.workspaces(client.call(operation,
                        ModelArtsApi.LIST_WORKSPACES, ModelArtsCall.named(name)).getBody()).stream()
                .filter(workspace -> name.equals(workspace.name()))
                .filter(workspace -> !"DELETING".equalsIgnoreCase(workspace.status()))
                .findFirst());
    }

    Map<String, Long> quotas(String workspaceId) {
        String operation = "query quotas of workspace " + workspaceId;
        return retrier.run(operation, () -> WorkspaceJson.quotas(client.call(operation,
                ModelArtsApi.SHOW_WORKSPACE_QUOTAS, ModelArtsCall.workspace(workspaceId)).getBody()));
    }

    void updateQuotas(String workspaceId, Map<String, Long> quotas) {
        if (quotas.isEmpty()) {
            return;
        }
        String operation = "set quotas " + quotas + " of workspace " + workspaceId;
        String body = WorkspaceJson.quotasBody(quotas);
        retrier.run(operation, () -> client.call(operation, ModelArtsApi.UPDATE_WORKSPACE_QUOTAS,
                ModelArtsCall.workspace(workspaceId).withBody(body)));
    }

    void delete(String workspaceId) {
        String operation = "delete workspace " + workspaceId;
        retrier.run(operation, () -> {
            try {
                client.call(operation, ModelArtsApi.DELETE_WORKSPACE, ModelArtsCall.workspace(workspaceId));
            } catch (HcsoException e) {
                if (e.code() != HcsoErrorCode.NOT_FOUND) {
                    throw e;
                }
                CallLog.LOG.info(() -> "HCSO " + operation + ": already gone");
            }
            return null;
        });
    }
}
