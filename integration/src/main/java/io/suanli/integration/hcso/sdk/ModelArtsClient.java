package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;


/** One ModelArts HTTP call through the core SDK's {@link HcClient}: sent, SDK exceptions mapped, logged. */
final class ModelArtsClient {

    private final CloudAccount account;
    private final HcClient client;

    ModelArtsClient(CloudAccount account, HcClient client) {
        this.account = account;
        this.client = client;
    }

    CloudAccount account() {
        return account;
    }

    ModelArtsAnswer call(String operation, HttpRequestDef<ModelArtsCall, ModelArtsAnswer> def, ModelArtsCall request) {
        long started = System.nanoTime();
        CallLog.clearLastAnswer();
        try {
            ModelArtsAnswer answer = client.syncInvokeHttp(request, def);
            if (answer == null) {
                throw new HcsoException(HcsoErrorCode.MALFORMED_ANSWER, operation + ": no answer could be read");
            }
            CallLog.done(account, operation, answer.getRequestId(), started);
            return answer;
        } catch (SdkException e) {
            throw SdkErrors.fromSdk(account, operation, e);
        }
    }
}
