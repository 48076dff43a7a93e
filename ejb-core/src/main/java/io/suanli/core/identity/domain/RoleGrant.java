package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A configured grant (S1): whether a staff role may use a console function. Rows exist only where an administrator
 * has decided; every other pair keeps the function's default.
 */
@Entity
@Table(name = "role_grant")
@IdClass(RoleGrant.Key.class)
public class RoleGrant {

    @Id
    @Column(name = "role_code")
    private String roleCode;

    @Id
    @Column(name = "function_code")
    private String functionCode;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected RoleGrant() {
    }

    public RoleGrant(String roleCode, String functionCode, boolean granted, Instant at, String by) {
        this.roleCode = roleCode;
        this.functionCode = functionCode;
        set(granted, at, by);
    }

    public void set(boolean granted, Instant at, String by) {
        this.granted = granted;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String roleCode() {
        return roleCode;
    }

    public String functionCode() {
        return functionCode;
    }

    public boolean granted() {
        return granted;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public String roleCode;
        public String functionCode;

        public Key() {
        }

        public Key(String roleCode, String functionCode) {
            this.roleCode = roleCode;
            this.functionCode = functionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roleCode, k.roleCode) && Objects.equals(functionCode, k.functionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roleCode, functionCode);
        }
    }
}
