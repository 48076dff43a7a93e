package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.shared.application.RealTime;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Opening browser sessions under the concurrent-login policy, for the password step and the second-factor step
 * alike, and the security log of both. Runs in the caller's transaction.
 */
@ApplicationScoped
class LoginSessions {

    /** How long the second-factor step may take. */
    static final Duration SECOND_FACTOR_TIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RealTime time;

    @Inject
    UserRepository users;

    @Inject
    PlatformConfig config;

    @Inject
    AuditSink audit;

    @Inject
    RequestContext request;

    /** A new session for a user who passed every step; answers its token, or null when the policy refuses it. */
    String open(UserAccount u, SecurityPolicy policy) {
        Instant now = time.now();
        if (!makeRoom(u, policy, now)) {
            return null;
        }
        String token = newToken();
        users.add(new LoginSession(Ids.next(), sha256(token), u.id(), now,
                now.plus(Duration.ofHours(config.sessionHours())), request.ip(), request.userAgent()));
        u.loggedIn(now);
        log(u.username(), roles(u), "LOGIN", "OK", false);
        return token;
    }

    /** A session that waits for the second factor; answers its token. */
    String awaitSecondFactor(UserAccount u) {
        Instant now = time.now();
        String token = newToken();
        users.add(LoginSession.awaitingSecondFactor(Ids.next(), sha256(token), u.id(), now, now.plus(SECOND_FACTOR_TIME),
                request.ip(), request.userAgent()));
        log(u.username(), roles(u), "LOGIN_PASSWORD", "SECOND_FACTOR_PENDING", false);
        return token;
    }

    /** The second factor was given: the waiting session logs the user in; false when the policy refuses it. */
    boolean activate(LoginSession session, UserAccount u, SecurityPolicy policy) {
        Instant now = time.now();
        if (!makeRoom(u, policy, now)) {
            return false;
        }
        session.secondFactorPassed(now, now.plus(Duration.ofHours(config.sessionHours())));
        u.loggedIn(now);
        log(u.username(), roles(u), "LOGIN", "OK", false);
        return true;
    }

    /** Applies the concurrent-login limit before one more session; false when the new one must be refused. */
    private boolean makeRoom(UserAccount u, SecurityPolicy policy, Instant now) {
        List<LoginSession> active = users.activeSessions(u.id(), now);
        int limit = policy.concurrentLoginLimit();
        if (limit <= 0 || active.size() < limit) {
            return true;
        }
        if (policy.concurrentLoginPolicy() == SecurityPolicy.ConcurrentLoginPolicy.REFUSE_NEW) {
            log(u.username(), roles(u), "LOGIN", "REFUSED:auth.tooManySessions", false);
            return false;
        }
        for (LoginSession oldest : active.subList(0, active.size() - limit + 1)) {
            oldest.end(now);
            log(u.username(), roles(u), "SESSION_ENDED_BY_LIMIT", "OK", false);
        }
        return true;
    }

    /** Writes to the security log, in the caller's transaction or ({@code independent}) in one of its own. */
    void log(String actor, String roles, String action, String outcome, boolean independent) {
        AuditRecord r = new AuditRecord(time.now(), actor, roles, action, actor, action, request.ip(), request.userAgent(), outcome);
        if (independent) {
            audit.writeIndependently(r);
        } else {
            audit.write(r);
        }
    }

    static String roles(UserAccount u) {
        return String.join(",", u.roles().stream().sorted().toList());
    }

    static String newToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
