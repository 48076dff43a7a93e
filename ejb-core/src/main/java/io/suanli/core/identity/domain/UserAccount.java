package io.suanli.core.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in: a staff member of the operator or a user of a customer. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public enum Kind { STAFF, CUSTOMER }

    public enum Status {
        ACTIVE, LOCKED, DISABLED;

        /** What an administrator may offer: DISABLE an active account, ENABLE (back to ACTIVE) a locked or disabled one. */
        public java.util.List<String> actions() {
            return java.util.List.of(this == ACTIVE ? "DISABLE" : "ENABLE");
        }
    }

    @Id
    private long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "user_kind", nullable = false)
    private Kind kind;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Encrypted at rest (field "totp_secret"); set at enrolment, active once {@code totpEnabled}. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep = -1;

    /** Contact data, encrypted at rest, with blind indexes that keep them unique. */
    @Column(name = "mobile_enc")
    private String mobileEnc;

    @Column(name = "mobile_idx")
    private String mobileIdx;

    @Column(name = "email_enc")
    private String emailEnc;

    @Column(name = "email_idx")
    private String emailIdx;

    @Column(name = "mobile_verified_at")
    private Instant mobileVerifiedAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_code")
    private Set<String> roles = new HashSet<>();

    @Column(name = "department_id")
    private Long departmentId;

    /** The customer's administrator: every permission, manages the sub-users. */
    @Column(name = "customer_admin", nullable = false)
    private boolean customerAdmin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_permission", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = new HashSet<>();

    @Version
    private long version;

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{3,31}");

    protected UserAccount() {
    }

    /**
     * Names no person may take: {@code anonymous} is the container's name for the platform itself (its timers,
     * batch jobs and other run-as calls; see {@code FunctionInterceptor}), {@code system} reads as the same.
     */
    public static final java.util.Set<String> RESERVED_USERNAMES = java.util.Set.of("anonymous", "system");

    /** A username starts with a letter and has 4 to 32 letters, digits or underscores; answers it trimmed. */
    public static String checkUsername(String username) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new io.suanli.core.shared.domain.SuanliException("registration.usernameInvalid");
        }
        if (RESERVED_USERNAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new io.suanli.core.shared.domain.SuanliException("registration.usernameReserved", name);
        }
        return name;
    }

    /** The fields every new account sets, whatever its kind. */
    private static UserAccount newAccount(long id, String username, String passwordHash, Kind kind, String displayName,
                                          Long customerId, String role, Instant at) {
        UserAccount u = new UserAccount();
        u.id = id;
        u.username = username;
        u.passwordHash = passwordHash;
        u.kind = kind;
        u.displayName = displayName;
        u.customerId = customerId;
        u.status = Status.ACTIVE;
        u.createdAt = at;
        u.passwordChangedAt = at;
        u.roles.add(role);
        return u;
    }

    /** A customer's first user, who registered through the portal (mobile verified by SMS code). */
    public static UserAccount registeredCustomer(long id, String username, String passwordHash, String displayName,
                                                 long customerId, String mobileEnc, String mobileIdx, String emailEnc,
                                                 String emailIdx, Instant at) {
        UserAccount u = newAccount(id, username, passwordHash, Kind.CUSTOMER, displayName, customerId, "CUSTOMER", at);
        u.mobileEnc = mobileEnc;
        u.mobileIdx = mobileIdx;
        u.emailEnc = emailEnc;
        u.emailIdx = emailIdx;
        u.mobileVerifiedAt = at;
        u.customerAdmin = true;
        return u;
    }

    /** A sub-user of a customer, created by its administrator with the given permissions. */
    public static UserAccount subUser(long id, String username, String passwordHash, String displayName, long customerId,
                                      Set<Permission> permissions, Instant at) {
        UserAccount u = newAccount(id, username, passwordHash, Kind.CUSTOMER, displayName, customerId, "CUSTOMER", at);
        u.permissions.addAll(permissions);
        return u;
    }

    /** A staff member of the operator, created by a system administrator (S1). */
    public static UserAccount staff(long id, String username, String passwordHash, String displayName, String role,
                                    Long departmentId, Instant at) {
        UserAccount u = newAccount(id, username, passwordHash, Kind.STAFF, displayName, null, role, at);
        u.departmentId = departmentId;
        return u;
    }

    public Long departmentId() {
        return departmentId;
    }

    public void moveTo(Long department) {
        this.departmentId = department;
    }

    /** Forgets the authenticator: the next login enrols a new one (e.g. after a lost phone). */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = -1;
    }

    public boolean isCustomerAdmin() {
        return customerAdmin;
    }

    /** The customer's administrator may do everything; a sub-user what it was given. */
    public boolean may(Permission p) {
        return customerAdmin || permissions.contains(p);
    }

    public Set<Permission> permissions() {
        return customerAdmin ? java.util.EnumSet.allOf(Permission.class) : Collections.unmodifiableSet(permissions);
    }

    public void grant(Set<Permission> newPermissions) {
        permissions.clear();
        permissions.addAll(newPermissions);
    }

    public void disable() {
        status = Status.DISABLED;
    }

    public void enable() {
        status = Status.ACTIVE;
    }

    public String mobileEnc() {
        return mobileEnc;
    }

    public String emailEnc() {
        return emailEnc;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public void emailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    /** An unverified registration older than the validity expires: the account can no longer log in. */
    public boolean expireUnverifiedRegistration(Instant now, int validityDays) {
        if (kind == Kind.CUSTOMER && emailEnc != null && emailVerifiedAt == null && status == Status.ACTIVE
                && !now.isBefore(createdAt.plusSeconds(86_400L * validityDays))) {
            status = Status.DISABLED;
            return true;
        }
        return false;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Kind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public Long customerId() {
        return customerId;
    }

    public Status status() {
        return status;
    }

    public Set<String> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean canLogIn() {
        return status == Status.ACTIVE;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** A successful login resets the failure count. */
    public void loggedIn(Instant at) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    /**
     * Counts a failed login; the failure that reaches {@code threshold} (0 = never) locks the account for
     * {@code minutes}. Answers whether this failure locked it.
     */
    public boolean loginFailed(Instant now, int threshold, int minutes) {
        Lockout before = new Lockout(failedLogins, lockedUntil);
        Lockout after = before.failed(now, threshold, minutes);
        failedLogins = after.failures();
        lockedUntil = after.lockedUntil();
        return after.lockedSince(before);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /** Whether the password is older than {@code days} (0 = passwords never expire). */
    public boolean passwordExpired(Instant now, int days) {
        Instant since = passwordChangedAt == null ? createdAt : passwordChangedAt;
        return days > 0 && !now.isBefore(since.plusSeconds(86_400L * days));
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public long totpLastStep() {
        return totpLastStep;
    }

    /** Starts (or restarts) an enrolment with a new, still inactive secret. */
    public void beginTotpEnrolment(String encryptedSecret) {
        if (totpEnabled) {
            throw new IllegalStateException("second factor already enabled");
        }
        this.totpSecret = encryptedSecret;
    }

    /** A code of {@code step} was accepted: the enrolment (if any) is complete and that step is used up. */
    public void totpAccepted(long step) {
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    /**
     * A short fingerprint of the current password hash (which is salted, so every change gives a new one): API
     * tokens carry it and stop working when it changes. It reveals nothing about the password.
     */
    public String credentialStamp() {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("stamp:" + passwordHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int failedLogins() {
        return failedLogins;
    }
}
