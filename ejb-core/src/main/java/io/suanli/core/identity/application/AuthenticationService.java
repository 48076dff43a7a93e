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
import java.util.Optional;

/**
 * Logging in and out: password checks, browser login sessions (one cookie shared by portal and console) and
 * API tokens. Security times (session and token expiry) use real time, not the movable business clock.
 * Every attempt, good or bad, is written to the audit log.
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
    AuditSink audit;

    @Inject
    RequestContext request;

    /** Checks the password and opens a browser session. */
    public LoginOutcome login(String username, char[] password) {
        Optional<UserAccount> user = checkPassword(username, password, "LOGIN");
        if (user.isEmpty()) {
            return LoginOutcome.failure("auth.badCredentials");
        }
        UserAccount u = user.get();
        Instant now = Instant.now();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        users.add(new LoginSession(Ids.next(), sha256(token), u.id(), now,
                now.plus(Duration.ofHours(config.sessionHours())), request.ip(), request.userAgent()));
        u.loggedIn(now);
        audit.write(record(u.username(), String.join(",", u.roles()), "LOGIN", "OK"));
        return LoginOutcome.success(view(u), token);
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

    /** Records that a session is in use (at most once a minute per session). */
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

    /** {@code POST /api/v1/auth/token}: a JWT for the REST API. */
    public IssuedToken issueToken(String username, char[] password) {
        UserAccount u = checkPassword(username, password, "TOKEN_ISSUE")
                .orElseThrow(() -> new AuthenticationFailedException("auth.badCredentials"));
        Instant now = Instant.now();
        long seconds = Duration.ofMinutes(config.jwtMinutes()).toSeconds();
        String token = keys.codec().sign(u.username(), u.roles(), u.customerId(), now, now.plusSeconds(seconds));
        audit.write(record(u.username(), String.join(",", u.roles()), "TOKEN_ISSUE", "OK"));
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

    private Optional<UserAccount> checkPassword(String username, char[] password, String action) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || name.length() > 64 || password == null || password.length == 0 || password.length > 256) {
            audit.writeIndependently(record(name.isEmpty() ? "anonymous" : truncate(name), "", action, "REFUSED:auth.badCredentials"));
            return Optional.empty();
        }
        Optional<UserAccount> user = users.findByUsername(name);
        if (user.isEmpty()) {
            PasswordHasher.burn(password);
            audit.writeIndependently(record(name, "", action, "REFUSED:auth.badCredentials"));
            return Optional.empty();
        }
        UserAccount u = user.get();
        if (!PasswordHasher.verify(password, u.passwordHash()) || !u.canLogIn()) {
            u.loginFailed();
            audit.writeIndependently(record(name, "", action, "REFUSED:auth.badCredentials"));
            return Optional.empty();
        }
        return user;
    }

    private AuthenticatedUser view(UserAccount u) {
        return new AuthenticatedUser(u.id(), u.username(), u.displayName(), u.roles(), u.customerId());
    }

    private AuditRecord record(String actor, String roles, String action, String outcome) {
        return new AuditRecord(Instant.now(), actor, roles, action, actor, action, request.ip(), request.userAgent(), outcome);
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
