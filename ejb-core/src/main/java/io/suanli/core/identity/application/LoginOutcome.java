package io.suanli.core.identity.application;

import java.util.List;

/**
 * The answer to a login step. A failure is a value, not an exception, so that the failure count and the security
 * log written by the attempt are committed. After the password, a login may need the second factor
 * ({@code secondFactorRequired}; {@code enrolmentRequired} when the user has none yet): the session token then
 * names a session that logs nobody in until {@link AuthenticationService#completeSecondFactor} succeeds.
 * {@code recoveryCodes} are shown once, right after an enrolment.
 */
public record LoginOutcome(AuthenticatedUser user, String sessionToken, String failureKey, Object[] failureArgs,
                           boolean passwordExpired, boolean secondFactorRequired, boolean enrolmentRequired,
                           List<String> recoveryCodes) {

    public static LoginOutcome success(AuthenticatedUser user, String sessionToken, boolean passwordExpired) {
        return new LoginOutcome(user, sessionToken, null, new Object[0], passwordExpired, false, false, List.of());
    }

    public static LoginOutcome enrolled(AuthenticatedUser user, String sessionToken, List<String> recoveryCodes) {
        return new LoginOutcome(user, sessionToken, null, new Object[0], user.passwordExpired(), false, false,
                List.copyOf(recoveryCodes));
    }

    public static LoginOutcome secondFactor(String sessionToken, boolean enrolmentRequired) {
        return new LoginOutcome(null, sessionToken, null, new Object[0], false, true, enrolmentRequired, List.of());
    }

    public static LoginOutcome failure(String key, Object... args) {
        return new LoginOutcome(null, null, key, args, false, false, false, List.of());
    }

    public boolean succeeded() {
        return failureKey == null;
    }
}
