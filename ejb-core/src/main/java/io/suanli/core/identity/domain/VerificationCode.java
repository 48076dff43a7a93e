package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A code sent to prove control of a mobile number or e-mail address. Only its hash is stored; it is good once,
 * until it expires, and five wrong tries use it up.
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

    public enum Purpose { REGISTER_MOBILE, EMAIL_LINK, RESET_SMS, RESET_EMAIL, LOGIN_SMS }

    public static final int MAX_ATTEMPTS = 5;

    @Id
    private long id;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "target_idx", nullable = false)
    private String targetIdx;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(nullable = false)
    private String ip;

    protected VerificationCode() {
    }

    public VerificationCode(long id, Purpose purpose, String targetIdx, String codeHash, Instant createdAt, Instant expiresAt,
                            String ip) {
        this.id = id;
        this.purpose = purpose.name();
        this.targetIdx = targetIdx;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.ip = ip;
    }

    /** The outcome of one try. */
    public enum Check { OK, WRONG, USED_UP, EXPIRED }

    /** Tries a code (given as its hash): right once, then used; each wrong try counts, the fifth uses it up. */
    public Check check(String givenHash, Instant now) {
        if (usedAt != null || attempts >= MAX_ATTEMPTS) {
            return Check.USED_UP;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), givenHash.getBytes(StandardCharsets.US_ASCII))) {
            usedAt = now;
            return Check.OK;
        }
        attempts++;
        return attempts >= MAX_ATTEMPTS ? Check.USED_UP : Check.WRONG;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String targetIdx() {
        return targetIdx;
    }
}
