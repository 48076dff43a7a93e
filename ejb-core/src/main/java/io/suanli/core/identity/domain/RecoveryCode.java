package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time code that stands in for the authenticator app; only its SHA-256 is stored. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    private long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long id, long userId, String codeHash) {
        this.id = id;
        this.userId = userId;
        this.codeHash = codeHash;
    }

    public String codeHash() {
        return codeHash;
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
