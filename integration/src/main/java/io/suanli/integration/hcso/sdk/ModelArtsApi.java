package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.core.http.FieldExistence;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;

/**
 * Our definitions of the ModelArts v2 pool API and the v1 workspace API for the core SDK (there is no ModelArts artifact on Maven Central);
 * the SDK fills {@code {project_id}} from the credentials, signs (SDK-HMAC-SHA256) and sends them.
 * <ul>
 *   <li>{@code GET /v2/{project_id}/pools?labelSelector=…} — ListPools, answers {@code {"items": [pool…]}};</li>
 *   <li>{@code POST /v2/{project_id}/pools} — CreatePool;</li>
 *   <li>{@code GET /v2/{project_id}/pools/{pool_name}} — ShowPool ({@code pool_name} is the id,
 *       {@code metadata.name});</li>
 *   <li>{@code PATCH /v2/{project_id}/pools/{pool_name}} — UpdatePool, JSON merge patch
 *       ({@code application/merge-patch+json});</li>
 *   <li>{@code DELETE /v2/{project_id}/pools/{pool_name}} — DeletePool;</li>
 *   <li>{@code GET /v1/{project_id}/workspaces?name=…&filter_accurate=true} — ListWorkspace, answers
 *       {@code {"workspaces": [workspace…]}};</li>
 *   <li>{@code POST /v1/{project_id}/workspaces} — CreateWorkspace;</li>
 *   <li>{@code GET|DELETE /v1/{project_id}/workspaces/{workspace_id}} — ShowWorkspace, DeleteWorkspace;</li>
 *   <li>{@code GET|PUT /v1/{project_id}/workspaces/{workspace_id}/quotas} — ShowWorkspaceQuotas,
 *       UpdateWorkspaceQuotas ({@code {"quotas": [{resource, quota}…]}}).</li>
 * </ul>
 */
final class ModelArtsApi {

    static final String POOLS = "/v2/{project_id}/pools";
    static final String POOL = "/v2/{project_id}/pools/{pool_name}";

    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> LIST = define("ListPools", HttpMethod.GET, POOLS,
            "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> CREATE = define("CreatePool", HttpMethod.POST, POOLS,
            "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> SHOW = define("ShowPool", HttpMethod.GET, POOL,
            "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> UPDATE = define("UpdatePool", HttpMethod.PATCH, POOL,
            "application/merge-patch+json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> DELETE = define("DeletePool", HttpMethod.DELETE, POOL,
            "application/json");

    static final String WORKSPACES = "/v1/{project_id}/workspaces";
    static final String WORKSPACE = "/v1/{project_id}/workspaces/{workspace_id}";
    static final String WORKSPACE_QUOTAS = "/v1/{project_id}/workspaces/{workspace_id}/quotas";

    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> LIST_WORKSPACES = define("ListWorkspace",
            HttpMethod.GET, WORKSPACES, "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> CREATE_WORKSPACE = define("CreateWorkspace",
            HttpMethod.POST, WORKSPACES, "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> SHOW_WORKSPACE = define("ShowWorkspace",
            HttpMethod.GET, WORKSPACE, "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> DELETE_WORKSPACE = define("DeleteWorkspace",
            HttpMethod.DELETE, WORKSPACE, "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> SHOW_WORKSPACE_QUOTAS = define("ShowWorkspaceQuotas",
            HttpMethod.GET, WORKSPACE_QUOTAS, "application/json");
    static final HttpRequestDef<ModelArtsCall, ModelArtsAnswer> UPDATE_WORKSPACE_QUOTAS = define(
            "UpdateWorkspaceQuotas", HttpMethod.PUT, WORKSPACE_QUOTAS, "application/json");

    private ModelArtsApi() {
    }

    private static HttpRequestDef<ModelArtsCall, ModelArtsAnswer> define(String name, HttpMethod method, String uri,
                                                                         String contentType) {
        HttpRequestDef.Builder<ModelArtsCall, ModelArtsAnswer> builder =
                HttpRequestDef.builder(method, ModelArtsCall.class, ModelArtsAnswer.class)
                        .withName(name)
                        .withUri(uri)
                        .withContentType(contentType);
        if (uri.contains("{pool_name}")) {
            builder.withRequestField("pool_name", LocationType.Path, FieldExistence.NON_NULL_NON_EMPTY, String.class,
                    f -> f.withMarshaller(ModelArtsCall::getPoolId, ModelArtsCall::setPoolId));
        }
        if (uri.contains("{workspace_id}")) {
            builder.withRequestField("workspace_id", LocationType.Path, FieldExistence.NON_NULL_NON_EMPTY,
                    String.class, f -> f.withMarshaller(ModelArtsCall::getWorkspaceId, ModelArtsCall::setWorkspaceId));
        }
        if (uri.equals(WORKSPACES)) {
            builder.withRequestField("name", LocationType.Query, FieldExistence.NULL_IGNORE, String.class,
                    f -> f.withMarshaller(ModelArtsCall::getName, ModelArtsCall::setName));
            builder.withRequestField("filter_accurate", LocationType.Query, FieldExistence.NULL_IGNORE,
                    Boolean.class, f -> f.withMarshaller(ModelArtsCall::getFilterAccurate,
                            ModelArtsCall::setFilterAccurate));
        }
        builder.withRequestField("labelSelector", LocationType.Query, FieldExistence.NULL_IGNORE, String.class,
                f -> f.withMarshaller(ModelArtsCall::getLabelSelector, ModelArtsCall::setLabelSelector));
        builder.withRequestField("body", LocationType.Body, FieldExistence.NULL_IGNORE, String.class,
                f -> f.withMarshaller(ModelArtsCall::getBody, ModelArtsCall::setBody));
        builder.withResponseField("body", LocationType.Body, FieldExistence.NULL_IGNORE, String.class,
                f -> f.withMarshaller(ModelArtsAnswer::getBody, ModelArtsAnswer::setBody));
        builder.withResponseField("X-Request-Id", LocationType.Header, FieldExistence.NULL_IGNORE, String.class,
                f -> f.withMarshaller(ModelArtsAnswer::getRequestId, ModelArtsAnswer::setRequestId));
        return builder.build();
    }
}
