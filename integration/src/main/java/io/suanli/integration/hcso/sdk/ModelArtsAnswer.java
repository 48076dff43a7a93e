package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.core.SdkResponse;

/**
 * The answer side of our ModelArts pool calls: the raw JSON body (read by {@link PoolJson}) and the request id header.
 * Public only because the SDK instantiates it reflectively.
 */
public class ModelArtsAnswer extends SdkResponse {

    private String body;
    private String requestId;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
