package io.suanli.integration.hcso;

/** Stable codes of what went wrong with a cloud call; the core maps them to messages and decides what to do. */
public enum HcsoErrorCode {
    /** AK/SK wrong, expired or without permission (HTTP 401/403): fix the cloud account. */
    AUTH_FAILED(false),
    /** The endpoint could not be reached or did not answer in time, even after retries. */
    UNREACHABLE(true),
    /** The cloud answered 5xx (or throttled) on every try of the retry budget. */
    CLOUD_ERROR(true),
    /** The account's quota (or the region's stock) does not allow the request. */
    QUOTA_EXCEEDED(false),
    /** The resource does not exist. */
    NOT_FOUND(false),
    /** The request conflicts with the resource's state (e.g. a bucket name taken by someone else, a bucket not empty). */
    CONFLICT(false),
    /** The cloud refused the request as invalid (HTTP 400 and other 4xx). */
    BAD_REQUEST(false),
    /** A pool failed (Abnormal, Error) or did not become ready in the allowed time. */
    FAILED_TO_BECOME_READY(false),
    /** The cloud's answer could not be read. */
    MALFORMED_ANSWER(false);

    private final boolean transientFailure;

    HcsoErrorCode(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether trying again later (a new operation, not an immediate retry) may succeed without changing anything. */
    public boolean isTransient() {
        return transientFailure;
    }
}
