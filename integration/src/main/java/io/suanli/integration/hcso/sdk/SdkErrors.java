package io.suanli.integration.hcso.sdk;

import com.huaweicloud.sdk.core.exception.ConnectionException;
import com.huaweicloud.sdk.core.exception.RequestTimeoutException;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.obs.services.exception.ObsException;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;

import java.util.Locale;

/**
 * Turns the Huawei SDKs' exceptions into {@link HcsoException}s with a stable code and a message for operations
 * staff.
 * <p>
 * Quota: neither ModelArts nor OBS documents one error code for "quota exceeded", so a refusal (4xx) whose code or
 * message mentions {@code quota}, {@code insufficient} or {@code TooMany} is read as QUOTA_EXCEEDED (assumption;
 * ModelArts answers e.g. {@code ModelArts.50015003 "quota exceeded"}, OBS {@code TooManyBuckets}).
 */
final class SdkErrors {

    private SdkErrors() {
    }

    /** An exception of the core SDK (ModelArts through {@code HcClient}, Cloud Eye). */
    static HcsoException fromSdk(CloudAccount account, String operation, SdkException e) {
        String what = operation + " on account " + account.name();
        if (e instanceof ServiceResponseException s) {
            return fromStatus(what, s.getHttpStatusCode(), s.getErrorCode(), s.getErrorMsg(), s.getRequestId(), e);
        }
        if (e instanceof RequestTimeoutException) {
            return new HcsoException(HcsoErrorCode.UNREACHABLE, what + ": no answer in time (the request may have "
                    + "reached the cloud)", 0, null, null, e);
        }
        if (e instanceof ConnectionException) {
            return new HcsoException(HcsoErrorCode.UNREACHABLE, what + ": endpoint not reachable ("
                    + rootMessage(e) + ")", 0, null, null, e);
        }
        CallLog.Answer answer = CallLog.lastAnswer();
        if (answer != null && answer.status() >= 400) {
            // an error answer the SDK could not read (e.g. a gateway's 503 without Content-Type): map by status
            return fromStatus(what, answer.status(), null, rootMessage(e), answer.requestId(), e);
        }
        return new HcsoException(HcsoErrorCode.BAD_REQUEST, what + ": " + rootMessage(e), 0, null, null, e);
    }

    /** An exception of the OBS SDK. */
    static HcsoException fromObs(CloudAccount account, String operation, ObsException e) {
        String what = operation + " on account " + account.name();
        if (e.getResponseCode() <= 0) {
            return new HcsoException(HcsoErrorCode.UNREACHABLE, what + ": OBS not reachable (" + rootMessage(e) + ")",
                    0, null, null, e);
        }
        return fromStatus(what, e.getResponseCode(), e.getErrorCode(), e.getErrorMessage(), e.getErrorRequestId(), e);
    }

    /** Maps an HTTP refusal; public for the parts that see a status without an SDK exception. */
    static HcsoException fromStatus(String what, int status, String cloudCode, String cloudMessage, String requestId,
                                    Throwable cause) {
        String said = (cloudCode == null ? "" : cloudCode + " ") + (cloudMessage == null ? "" : cloudMessage);
        String message = what + ": HTTP " + status + (said.isBlank() ? "" : ", the cloud said: " + said.strip());
        HcsoErrorCode code;
        if (status >= 500 || status == 429) {
            code = HcsoErrorCode.CLOUD_ERROR;
        } else if (status >= 400 && mentionsQuota(said)) {
            code = HcsoErrorCode.QUOTA_EXCEEDED;
        } else if (status == 401 || status == 403) {
            code = HcsoErrorCode.AUTH_FAILED;
            message += " — check the account's AK/SK, project and permissions";
        } else if (status == 404) {
            code = HcsoErrorCode.NOT_FOUND;
        } else if (status == 409) {
            code = HcsoErrorCode.CONFLICT;
        } else {
            code = HcsoErrorCode.BAD_REQUEST;
        }
        return new HcsoException(code, message, status, cloudCode, requestId, cause);
    }

    private static boolean mentionsQuota(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("quota") || t.contains("insufficient") || t.contains("toomany");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
