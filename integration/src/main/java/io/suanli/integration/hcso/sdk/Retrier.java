package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.HcsoSettings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Retries one cloud operation on transient failures ({@link HcsoErrorCode#UNREACHABLE}, i.e. timeouts and
 * connection failures, and {@link HcsoErrorCode#CLOUD_ERROR}, i.e. 5xx and throttling) with exponential back-off,
 * at most {@link HcsoSettings#maxAttempts()} tries. Anything else fails at once.
 */
final class Retrier {

    /** Pauses between tries; tests may pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final HcsoSettings settings;
    private final Sleeper sleeper;

    Retrier(HcsoSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
    }

    Retrier(HcsoSettings settings) {
        this(settings, pause -> Thread.sleep(pause.toMillis()));
    }

    /** Runs an operation that is safe to repeat (reads, deletes, setting a size). */
    <T> T run(String operation, Supplier<T> attempt) {
        return run(operation, attempt, Optional::empty);
    }

    /**
     * Runs an operation that creates something: before each retry, {@code lookup} is asked whether the earlier try
     * did reach the cloud and created it after all (a timeout or a 5xx may come after the work was done); if so, that
     * result is answered instead of trying again. The look-up should retry itself; when it cannot tell, its
     * failure ends the operation rather than risk creating twice.
     */
    <T> T run(String operation, Supplier<T> attempt, Supplier<Optional<T>> lookup) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (HcsoException e) {
                if (!isTransient(e) || tries >= settings.maxAttempts()) {
                    CallLog.failed(operation, e);
                    throw e;
                }
                Duration pause = settings.backoff(tries);
                CallLog.retrying(operation, tries, pause, e);
                pause(pause, operation);
                Optional<T> found = lookup.get();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
    }

    /** Waits between two polls (or tries); an interrupt ends the wait with an error. */
    void pause(Duration pause, String operation) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HcsoException(HcsoErrorCode.UNREACHABLE, operation + " interrupted while waiting", 0, null,
                    null, e);
        }
    }

    static boolean isTransient(HcsoException e) {
        return e.code() == HcsoErrorCode.UNREACHABLE || e.code() == HcsoErrorCode.CLOUD_ERROR;
    }
}
