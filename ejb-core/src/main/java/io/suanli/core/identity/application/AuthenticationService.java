package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.JwtCodec;
import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.AuthenticationFailedException;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Logging in and out: password checks under the security policy (lockout, captcha, concurrent logins,
 * password expiry), browser login sessions (one cookie shared by portal and console) and API tokens.
 * Security times use real time, not the movable business clock. Every attempt is written to the audit log.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final SecureRandom RANDOM = new SecureRandom();

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
    AuditSink audit;

    @Inject
    RequestContext request;

    /**
     * Whether a login must pass the image captcha: by policy, after failures of the account or of the browser.
     * Answers the same for unknown users, so the captcha says nothing about which accounts exist.
     */
    public boolean captchaRequired(String username, int browserFailures) {
        SecurityPolicy policy = policies.current();
        int accountFailures = username == null ? 0
                : users.findByUsername(username.trim()).map(UserAccount::failedLogins).orElse(0);
        return policy.captchaRequired(Math.max(accountFailures, browserFailures));
    }

    /**
     * Checks the password and opens a browser session. {@code captchaPassed} says whether the caller showed and
     * verified the captcha; an account that needs one is refused without it, before its password is checked.
     */
    public LoginOutcome login(String username, char[] password, boolean captchaPassed) {
        SecurityPolicy policy = policies.current();
        if (!captchaPassed && captchaRequired(username, 0)) {
            audit.writeIndependently(record(safe(username), "", "LOGIN", "REFUSED:auth.captchaRequired"));
            return LoginOutcome.failure("auth.captchaRequired");
        }
        Checked checked = checkPassword(username, password, "LOGIN", policy);
        if (checked.failure != null) {
            return checked.failure;
        }
        UserAccount u = checked.user;
        Instant now = Instant.now();
        List<LoginSession> active = users.activeSessions(u.id(), now);
        int limit = policy.concurrentLoginLimit();
        if (limit > 0 && active.size() >= limit) {
            if (policy.concurrentLoginPolicy() == SecurityPolicy.ConcurrentLoginPolicy.REFUSE_NEW) {
                audit.write(record(u.username(), roles(u), "LOGIN", "REFUSED:auth.tooManySessions"));
                return LoginOutcome.failure("auth.tooManySessions");
            }
            for (LoginSession oldest : active.subList(0, active.size() - limit + 1)) {
                oldest.end(now);
                audit.write(record(u.username(), roles(u), "SESSION_ENDED_BY_LIMIT", "OK"));
            }
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        users.add(new LoginSession(Ids.next(), sha256(token), u.id(), now,
                now.plus(Duration.ofHours(config.sessionHours())), request.ip(), request.userAgent()));
        u.loggedIn(now);
        audit.write(record(u.username(), roles(u), "LOGIN", "OK"));
        AuthenticatedUser user = view(u);
        return LoginOutcome.success(user, token, user.passwordExpired());
    }

    /** The user of an active browser session, if the token names one. */
    public Optional<AuthenticatedUser> resolveSession(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return users.findSessionByTokenHash(sha256(token))
                .filter(s -> s.isActiveAt(now))
                .flatMap(s -> users.findById(s.userId()).filter(UserAccount::canLogIn))
                .map(this::view);
    }

    /** Records that a session is in use. */
    public void touch(String token) {
        Instant now = Instant.now();
        users.findSessionByTokenHash(sha256(token)).ifPresent(s -> s.seen(now));
    }

    public void logout(String token) {
        if (token == null) {
            return;
        }
        users.findSessionByTokenHash(sha256(token)).ifPresent(s -> {
            s.end(Instant.now());
            String who = users.findById(s.userId()).map(UserAccount::username).orElse("?");
            audit.write(record(who, "", "LOGOUT", "OK"));
        });
    }

    /** {@code POST /api/v1/auth/token}: a JWT for the REST API (lockout applies; the captcha does not). */
    public IssuedToken issueToken(String username, char[] password) {
        Checked checked = checkPassword(username, password, "TOKEN_ISSUE", policies.current());
        if (checked.failure != null) {
            throw new AuthenticationFailedException(checked.failure.failureKey(), checked.failure.failureArgs());
        }
        UserAccount u = checked.user;
        Instant now = Instant.now();
        if (u.passwordExpired(now, policies.current().passwordExpiryDays())) {
            audit.writeIndependently(record(u.username(), roles(u), "TOKEN_ISSUE", "REFUSED:auth.passwordExpired"));
            throw new AuthenticationFailedException("auth.passwordExpired");
        }
        long seconds = Duration.ofMinutes(config.jwtMinutes()).toSeconds();
        String token = keys.codec().sign(u.username(), u.roles(), u.customerId(), now, now.plusSeconds(seconds));
        audit.write(record(u.username(), roles(u), "TOKEN_ISSUE", "OK"));
        return new IssuedToken(token, seconds);
    }

    /** Verifies an API token and answers who it belongs to; the user must still be able to log in. */
    public AuthenticatedUser verifyToken(String token) {
        JwtCodec.Claims claims = keys.codec().verify(token, Instant.now());
        return users.findByUsername(claims.subject())
                .filter(UserAccount::canLogIn)
                .map(this::view)
                .orElseThrow(() -> new AuthenticationFailedException("auth.tokenInvalid"));
    }

    private record Checked(UserAccount user, LoginOutcome failure) {
    }

    /**
     * The password check with lockout. Failures are written independently of the caller's transaction (the
     * token endpoint throws), and so is the failure count, through {@link LoginFailures}.
     */
    private Checked checkPassword(String username, char[] password, String action, SecurityPolicy policy) {
        String name = safe(username);
        if (name.isEmpty() || password == null || password.length == 0 || password.length > 256) {
            audit.writeIndependently(record(name.isEmpty() ? "anonymous" : name, "", action, "REFUSED:auth.badCredentials"));
            return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
        }
        Optional<UserAccount> user = users.findByUsername(name);
        if (user.isEmpty()) {
            PasswordHasher.burn(password);
            audit.writeIndependently(record(name, "", action, "REFUSED:auth.badCredentials"));
            return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
        }
        UserAccount u = user.get();
        Instant now = Instant.now();
        if (u.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, u.lockedUntil()).toMinutes() + 1);
            audit.writeIndependently(record(name, "", action, "REFUSED:auth.locked"));
            return new Checked(null, LoginOutcome.failure("auth.locked", minutes));
        }
        if (!PasswordHasher.verify(password, u.passwordHash()) || !u.canLogIn()) {
            boolean locked = failures.record(u.id(), now, policy.lockoutThreshold(), policy.lockoutMinutes());
            audit.writeIndependently(record(name, "", action, "REFUSED:auth.badCredentials"));
            if (locked) {
                audit.writeIndependently(record(name, "", "ACCOUNT_LOCKED", "OK"));
                return new Checked(null, LoginOutcome.failure("auth.locked", policy.lockoutMinutes()));
            }
            return new Checked(null, LoginOutcome.failure("auth.badCredentials"));
        }
        return new Checked(u, null);
    }

    private AuthenticatedUser view(UserAccount u) {
        boolean expired = u.passwordExpired(Instant.now(), policies.current().passwordExpiryDays());
        return new AuthenticatedUser(u.id(), u.username(), u.displayName(), u.roles(), u.customerId(), expired);
    }

    private static String roles(UserAccount u) {
        return String.join(",", u.roles().stream().sorted().toList());
    }

    private AuditRecord record(String actor, String roles, String action, String outcome) {
        return new AuditRecord(Instant.now(), actor, roles, action, actor, action, request.ip(), request.userAgent(), outcome);
    }

    private static String safe(String username) {
        String name = username == null ? "" : username.trim();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
