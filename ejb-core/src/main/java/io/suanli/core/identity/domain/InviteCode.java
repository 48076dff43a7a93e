package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A code a customer or distributor hands out; a newcomer who registers with it is linked to its owner. */
@Entity
@Table(name = "invite_code")
public class InviteCode {

    @Id
    private String code;

    @Column(name = "owner_customer_id", nullable = false)
    private long ownerCustomerId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InviteCode() {
    }

    public InviteCode(String code, long ownerCustomerId, Instant createdAt) {
        this.code = code;
        this.ownerCustomerId = ownerCustomerId;
        this.active = true;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public long ownerCustomerId() {
        return ownerCustomerId;
    }

    public boolean active() {
        return active;
    }
}
