package io.suanli.integration.hcso;

import java.io.Serial;

/**
 * A cloud call failed. {@link #code()} is stable for programs; the message is written for operations staff (what was
 * attempted, on which account, what the cloud said) and carries the cloud's request id when it sent one, so a
 * ticket to the cloud's support can quote it.
 */
public class HcsoException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HcsoErrorCode code;
    private final int httpStatus;
    private final String cloudErrorCode;
    private final String requestId;

    public HcsoException(HcsoErrorCode code, String message) {
        this(code, message, 0, null, null, null);
    }

    public HcsoException(HcsoErrorCode code, String message, int httpStatus, String cloudErrorCode, String requestId,
                         Throwable cause) {
        super(code + ": " + message + (requestId == null ? "" : " (request id " + requestId + ")"), cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.cloudErrorCode = cloudErrorCode;
        this.requestId = requestId;
    }

    /** What went wrong, stable. */
    public HcsoErrorCode code() {
        return code;
    }

    /** The HTTP status the cloud answered, 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The cloud's own error code (e.g. {@code ModelArts.0101}, {@code NoSuchBucket}), or null. */
    public String cloudErrorCode() {
        return cloudErrorCode;
    }

    /** The cloud's request id ({@code X-Request-Id}, OBS {@code x-obs-request-id}), or null. */
    public String requestId() {
        return requestId;
    }
}
