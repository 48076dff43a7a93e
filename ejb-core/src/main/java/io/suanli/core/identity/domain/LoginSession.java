package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A login of a user in a browser, shared by the portal and the console through one cookie. Only the SHA-256 of
 * the cookie's token is stored, so the table alone cannot be used to log in.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    @Id
    private long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private String ip;

    /** The password was right but the second factor is still to come: the session does not log anyone in yet. */
    @Column(name = "mfa_pending", nullable = false)
    private boolean mfaPending;

    @Column(name = "user_agent", nullable = false)
    private String userAgent;

    protected LoginSession() {
    }

    public LoginSession(long id, String tokenHash, long userId, Instant createdAt, Instant expiresAt, String ip,
                        String userAgent) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.expiresAt = expiresAt;
        this.ip = ip;
        this.userAgent = userAgent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long userId() {
        return userId;
    }

    public boolean isActiveAt(Instant now) {
        return endedAt == null && !mfaPending && now.isBefore(expiresAt);
    }

    /** A session waiting for the second factor, short-lived. */
    public static LoginSession awaitingSecondFactor(long id, String tokenHash, long userId, Instant now, Instant expiresAt,
                                                    String ip, String userAgent) {
        LoginSession s = new LoginSession(id, tokenHash, userId, now, expiresAt, ip, userAgent);
        s.mfaPending = true;
        return s;
    }

    public boolean isAwaitingSecondFactorAt(Instant now) {
        return endedAt == null && mfaPending && now.isBefore(expiresAt);
    }

    /** The second factor was given: the session now logs the user in until {@code expiresAt}. */
    public void secondFactorPassed(Instant now, Instant expiresAt) {
        this.mfaPending = false;
        this.lastSeenAt = now;
        this.expiresAt = expiresAt;
    }

    public void seen(Instant at) {
        this.lastSeenAt = at;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }
}
