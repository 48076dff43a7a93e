package io.suanli.core.identity.application;

/**
 * The answer to a login attempt. A failure is a value, not an exception, so that the failure count and the
 * security log written by the attempt are committed. A success may carry {@code passwordExpired}: the user is
 * logged in but must change the password before anything else.
 */
public record LoginOutcome(AuthenticatedUser user, String sessionToken, String failureKey, Object[] failureArgs,
                           boolean passwordExpired) {

    public static LoginOutcome success(AuthenticatedUser user, String sessionToken, boolean passwordExpired) {
        return new LoginOutcome(user, sessionToken, null, new Object[0], passwordExpired);
    }

    public static LoginOutcome failure(String key, Object... args) {
        return new LoginOutcome(null, null, key, args, false);
    }

    public boolean succeeded() {
        return failureKey == null;
    }
}
