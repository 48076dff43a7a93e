package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A buying party: an enterprise or a person. Its users log in; its accounts and resources refer to it by id. */
@Entity
@Table(name = "customer")
public class Customer {

    public enum Type { ENTERPRISE, PERSONAL }

    public enum Status { ACTIVE, FROZEN, CLOSED }

    @Id
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false)
    private Type type;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "invite_code")
    private String inviteCode;

    @Column(name = "inviter_customer_id")
    private Long inviterCustomerId;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "city_code")
    private String cityCode;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(long id, Type type, String name, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    /** Links a newcomer to the owner of the invite code it registered with. */
    public void invitedWith(String code, long inviter) {
        this.inviteCode = code;
        this.inviterCustomerId = inviter;
    }

    /** When the customer registered or was onboarded. */
    public Instant createdAt() {
        return createdAt;
    }

    public Long inviterCustomerId() {
        return inviterCustomerId;
    }

    /** The invite code the customer registered with (upper case), or null. */
    public String inviteCode() {
        return inviteCode;
    }

    /** Where the customer is (for REGION discounts): a province code and, optionally, a city in it ({@link Region}). */
    public void locate(Region region) {
        this.provinceCode = region == null ? null : region.provinceCode();
        this.cityCode = region == null ? null : region.cityCode();
    }

    /** The customer's region, or null when not known. */
    public Region region() {
        return provinceCode == null ? null : new Region(provinceCode, cityCode);
    }

    public void verify() {
        this.verified = true;
    }

    public long id() {
        return id;
    }

    public Type type() {
        return type;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public boolean verified() {
        return verified;
    }
}
