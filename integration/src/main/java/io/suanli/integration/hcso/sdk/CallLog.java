package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.HcsoException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per cloud call (logger {@code io.suanli.integration.hcso}): the account, the operation, the outcome
 * and the cloud's request id when it sent one. Secrets and bodies are never logged.
 */
final class CallLog {

    static final Logger LOG = Logger.getLogger("io.suanli.integration.hcso");

    /** The status and request id of the last HTTP answer on this thread (the SDKs answer synchronously). */
    record Answer(int status, String requestId) {
    }

    private static final ThreadLocal<Answer> LAST = new ThreadLocal<>();

    private CallLog() {
    }

    /** An HTTP exchange of the Huawei SDK (ModelArts, Cloud Eye), seen by its response listener. */
    static void exchange(CloudAccount account, String method, String uri, int status,
                         Map<String, List<String>> headers) {
        String requestId = header(headers, "X-Request-Id");
        LAST.set(new Answer(status, requestId));
        LOG.log(status >= 400 ? Level.WARNING : Level.INFO, () -> "HCSO " + account.name() + " " + method + " " + uri
                + " -> " + status + (requestId == null ? "" : " request id " + requestId));
    }

    /** Forgets the last answer before a new call. */
    static void clearLastAnswer() {
        LAST.remove();
    }

    /** The last answer seen on this thread since {@link #clearLastAnswer()}, or null. */
    static Answer lastAnswer() {
        return LAST.get();
    }

    /** A finished operation. */
    static void done(CloudAccount account, String operation, String requestId, long startedNanos) {
        LOG.log(Level.INFO, () -> "HCSO " + account.name() + " " + operation + " ok in "
                + (System.nanoTime() - startedNanos) / 1_000_000 + " ms"
                + (requestId == null ? "" : " request id " + requestId));
    }

    /** A failed try that will be retried. */
    static void retrying(String operation, int attempt, Duration pause, HcsoException e) {
        LOG.log(Level.WARNING, () -> "HCSO " + operation + " try " + attempt + " failed, retrying in "
                + pause.toMillis() + " ms: " + e.getMessage());
    }

    /** A failed operation (after its retries). */
    static void failed(String operation, HcsoException e) {
        LOG.log(Level.WARNING, () -> "HCSO " + operation + " failed: " + e.getMessage());
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
