package io.suanli.core.identity.application;

/**
 * The answer to a login attempt. A failure is a value, not an exception, so that the failure count and the
 * security log written by the attempt are committed.
 */
public record LoginOutcome(AuthenticatedUser user, String sessionToken, String failureKey) {

    public static LoginOutcome success(AuthenticatedUser user, String sessionToken) {
        return new LoginOutcome(user, sessionToken, null);
    }

    public static LoginOutcome failure(String key) {
        return new LoginOutcome(null, null, key);
    }

    public boolean succeeded() {
        return failureKey == null;
    }
}
