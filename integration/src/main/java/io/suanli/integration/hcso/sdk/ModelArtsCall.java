package io.suanli.integration.hcso.sdk;

/**
 * The request side of our ModelArts pool and workspace calls for the Huawei SDK's {@code HcClient}: the pool or workspace id (path), a
 * label selector or name filter (query) and a JSON body, each used by the calls that need it. Public only because the SDK instantiates and
 * reads it reflectively; not part of the connector's API.
 */
public class ModelArtsCall {

    private String poolId;
    private String labelSelector;
    private String body;
    private String workspaceId;
    private String name;
    private Boolean filterAccurate;

    public static ModelArtsCall none() {
        return new ModelArtsCall();
    }

    public static ModelArtsCall pool(String poolId) {
        ModelArtsCall call = new ModelArtsCall();
        call.poolId = poolId;
        return call;
    }

    public static ModelArtsCall selecting(String labelSelector) {
        ModelArtsCall call = new ModelArtsCall();
        call.labelSelector = labelSelector;
        return call;
    }

    public static ModelArtsCall workspace(String workspaceId) {
        ModelArtsCall call = new ModelArtsCall();
        call.workspaceId = workspaceId;
        return call;
    }

    /** A workspace list filtered to exactly this name. */
    public static ModelArtsCall named(String name) {
        ModelArtsCall call = new ModelArtsCall();
        call.name = name;
        call.filterAccurate = Boolean.TRUE;
        return call;
    }

    public ModelArtsCall withBody(String json) {
        this.body = json;
        return this;
    }

    public String getPoolId() {
        return poolId;
    }

    public void setPoolId(String poolId) {
        this.poolId = poolId;
    }

    public String getLabelSelector() {
        return labelSelector;
    }

    public void setLabelSelector(String labelSelector) {
        this.labelSelector = labelSelector;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getFilterAccurate() {
        return filterAccurate;
    }

    public void setFilterAccurate(Boolean filterAccurate) {
        this.filterAccurate = filterAccurate;
    }
}
