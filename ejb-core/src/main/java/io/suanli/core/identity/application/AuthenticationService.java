package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.JwtCodec;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.AuthenticationFailedException;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logging in and out: password checks under the security policy (lockout, captcha, second factor, concurrent
 * logins, password expiry), browser login sessions (one cookie shared by portal and console) and API tokens.
 * Security times use real time, not the movable business clock. Every attempt is written to the audit log.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    @Inject
    RealTime time;

    @Inject
    UserRepository users;

    @Inject
    TokenKeys keys;

    @Inject
    PlatformConfig config;

    @Inject
    SecurityPolicyService policies;

    @Inject
    LoginFailures failures;

    @Inject
    LoginSessions sessions;

    @Inject
    UnknownNameFailures unknownNames;

    @Inject
    SecondFactorService secondFactor;

    @Inject
    io.suanli.core.shared.application.FieldCipher cipher;

    /**
     * Whether a login must pass the image captcha: by policy, after failures of the account or of the browser.
     * Answers the same for unknown users, so the captcha says nothing about which accounts exist.
     */
    public boolean captchaRequired(String username, int browserFailures) {
        SecurityPolicy policy = policies.current();
        String name = safe(username);
        int accountFailures = name.isEmpty() ? 0
                : byUsernameOrMobile(name).map(UserAccount::failedLogins).orElseGet(() -> unknownNames.of(name).failures());
        return policy.captchaRequired(Math.max(accountFailures, browserFailures));
    }

    /**
     * The password step of a browser login. {@code captchaPassed} says whether the caller showed and verified the
     * captcha; an account that needs one is refused without it, before its password is checked. When the user
     * has (or by policy must have) a second factor, the answer asks for it.
     */
    public LoginOutcome login(String username, char[] password, boolean captchaPassed) {
        SecurityPolicy policy = policies.current();
        if (!captchaPassed && captchaRequired(username, 0)) {
            sessions.log(safe(username), "", "LOGIN", "REFUSED:auth.captchaRequired", true);
            return LoginOutcome.failure("auth.captchaRequired");
        }
        Checked checked = checkPassword(username, password, "LOGIN", policy);
        if (checked.failure != null) {
            return checked.failure;
        }
        UserAccount u = checked.user;
        if (u.totpEnabled() || secondFactor.requiredFor(u, policy)) {
            return LoginOutcome.secondFactor(sessions.awaitSecondFactor(u), !u.totpEnabled());
        }
        String token = sessions.open(u, policy);
        if (token == null) {
            return LoginOutcome.failure("auth.tooManySessions");
        }
        AuthenticatedUser user = view(u, policy, users, time.now());
        return LoginOutcome.success(user, token, user.passwordExpired());
    }

    /** The user of an active browser session, if the token names one. */
    public Optional<AuthenticatedUser> resolveSession(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = time.now();
        SecurityPolicy policy = policies.current();
        return users.findSessionByTokenHash(LoginSessions.sha256(token))
                .filter(s -> s.isActiveAt(now))
                .flatMap(s -> users.findById(s.userId()).filter(UserAccount::canLogIn))
                .map(u -> view(u, policy, users, now));
    }

    /** Records that a session is in use. */
    public void touch(String token) {
        Instant now = time.now();
        users.findSessionByTokenHash(LoginSessions.sha256(token)).ifPresent(s -> s.seen(now));
    }

    /**
     * Ends a browser login at once, for portal and console alike (every later request with its cookie is
     * anonymous). The web layers call it only from a POST carrying {@link #formProof(String)}.
     */
    public void logout(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        users.findSessionByTokenHash(LoginSessions.sha256(token)).ifPresent(s -> {
            s.end(time.now());
            String who = users.findById(s.userId()).map(UserAccount::username).orElse("?");
            sessions.log(who, "", "LOGOUT", "OK", false);
        });
    }

    /**
     * {@code POST /api/v1/auth/token}: a JWT for the REST API. Lockout applies (the captcha does not); a user with
     * a second factor must send its code as {@code otp}; one who must have one but has not enrolled is refused.
     */
    public IssuedToken issueToken(String username, char[] password, String otp) {
        SecurityPolicy policy = policies.current();
        Checked checked = checkPassword(username, password, "TOKEN_ISSUE", policy);
        if (checked.failure != null) {
            throw new AuthenticationFailedException(checked.failure.failureKey(), checked.failure.failureArgs());
        }
        UserAccount u = checked.user;
        Instant now = time.now();
        if (u.totpEnabled()) {
            if (otp == null || otp.isBlank()) {
                sessions.log(u.username(), LoginSessions.roles(u), "TOKEN_ISSUE", "REFUSED:auth.otpRequired", true);
                throw new AuthenticationFailedException("auth.otpRequired");
            }
            if (!secondFactor.accept(u, otp, policy)) {
                throw new AuthenticationFailedException("auth.otpWrong");
            }
        } else if (secondFactor.requiredFor(u, policy)) {
            sessions.log(u.username(), LoginSessions.roles(u), "TOKEN_ISSUE", "REFUSED:auth.enrolmentRequired", true);
            throw new AuthenticationFailedException("auth.enrolmentRequired");
        }
        if (u.passwordExpired(now, policy.passwordExpiryDays())) {
            sessions.log(u.username(), LoginSessions.roles(u), "TOKEN_ISSUE", "REFUSED:auth.passwordExpired", true);
            throw new AuthenticationFailedException("auth.passwordExpired");
        }
        long seconds = Duration.ofMinutes(config.jwtMinutes()).toSeconds();
        String token = keys.codec().sign(u.username(), users.securityRoles(u), u.customerId(), now, now.plusSeconds(seconds),
                u.credentialStamp());
        sessions.log(u.username(), LoginSessions.roles(u), "TOKEN_ISSUE", "OK", false);
        return new IssuedToken(token, seconds);
    }

    /**
     * Verifies an API token and answers who it belongs to; the user must still be able to log in, and the token
     * must have been issued under the current password (a password change or reset ends all earlier tokens).
     */
    public AuthenticatedUser verifyToken(String token) {
        JwtCodec.Claims claims = keys.codec().verify(token, time.now());
        SecurityPolicy policy = policies.current();
        return users.findByUsername(claims.subject())
                .filter(UserAccount::canLogIn)
                .filter(u -> u.credentialStamp().equals(claims.stamp()))
                .map(u -> view(u, policy, users, time.now()))
                .orElseThrow(() -> new AuthenticationFailedException("auth.tokenInvalid"));
    }

    private record Checked(UserAccount user, LoginOutcome failure) {
    }

    /** The password check with lockout; failures are counted and logged independently of the caller's transaction. */
    private Checked checkPassword(String username, char[] password, String action, SecurityPolicy policy) {
        String name = safe(username);
        if (name.isEmpty() || password == null || password.length == 0 || password.length > 256) {
            sessions.log(name.isEmpty() ? "anonymous" : name, "", action, "REFUSED:auth.badCredentials", true);
            return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
        }
        Optional<UserAccount> user = byUsernameOrMobile(name);
        Instant now = time.now();
        if (user.isEmpty()) {
            return unknownName(name, password, action, policy, now);
        }
        UserAccount u = user.get();
        if (u.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, u.lockedUntil()).toMinutes() + 1);
            sessions.log(name, "", action, "REFUSED:auth.locked", true);
            return new Checked(null, LoginOutcome.failure("auth.locked", minutes));
        }
        if (!PasswordHasher.verify(password, u.passwordHash()) || !u.canLogIn()) {
            boolean locked = failures.record(u.id(), now, policy.lockoutThreshold(), policy.lockoutMinutes());
            sessions.log(name, "", action, "REFUSED:auth.badCredentials", true);
            if (locked) {
                sessions.log(name, "", "ACCOUNT_LOCKED", "OK", true);
                return new Checked(null, LoginOutcome.failure("auth.locked", policy.lockoutMinutes()));
            }
            return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
        }
        return new Checked(u, null);
    }

    /**
     * The anti-forgery value a state-changing plain form (logout) must send along with the login cookie: derived
     * from the cookie's token, which another site can neither read nor guess.
     */
    public static String formProof(String loginToken) {
        return loginToken == null ? "" : LoginSessions.sha256("form-proof:" + loginToken).substring(0, 32);
    }

    /** Whether {@code proof} is the form proof of {@code loginToken} (compared in constant time). */
    public static boolean formProofMatches(String loginToken, String proof) {
        return loginToken != null && proof != null && java.security.MessageDigest.isEqual(
                formProof(loginToken).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                proof.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A name of no account fails exactly as a wrong password of an account does, lockout included. */
    private Checked unknownName(String name, char[] password, String action, SecurityPolicy policy, Instant now) {
        io.suanli.core.identity.domain.Lockout lock = unknownNames.of(name);
        if (lock.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, lock.lockedUntil()).toMinutes() + 1);
            sessions.log(name, "", action, "REFUSED:auth.locked", true);
            return new Checked(null, LoginOutcome.failure("auth.locked", minutes));
        }
        PasswordHasher.burn(password);
        boolean locked = unknownNames.record(name, now, policy.lockoutThreshold(), policy.lockoutMinutes());
        sessions.log(name, "", action, "REFUSED:auth.badCredentials", true);
        if (locked) {
            return new Checked(null, LoginOutcome.failure("auth.locked", policy.lockoutMinutes()));
        }
        return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
    }

    /** Users log in with their username or their registered mobile number. */
    private Optional<UserAccount> byUsernameOrMobile(String name) {
        Optional<UserAccount> user = users.findByUsername(name);
        if (user.isEmpty() && name.replaceAll("[\\s-]", "").matches("(\\+86)?1[3-9]\\d{9}")) {
            String mobile = VerificationCodeService.normaliseMobile(name);
            user = users.findByMobileIndex(cipher.blindIndex(VerificationCodeService.MOBILE_FIELD, mobile));
        }
        return user;
    }

    static AuthenticatedUser view(UserAccount u, SecurityPolicy policy, UserRepository users, Instant now) {
        boolean expired = u.passwordExpired(now, policy.passwordExpiryDays());
        return new AuthenticatedUser(u.id(), u.username(), u.displayName(), users.securityRoles(u), u.customerId(), expired);
    }

    private static String safe(String username) {
        String name = username == null ? "" : username.trim();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
