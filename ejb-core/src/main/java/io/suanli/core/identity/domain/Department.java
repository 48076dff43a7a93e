package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A unit of the operator's organization (S1); departments form a tree through {@code parentId}. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    private long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Department() {
    }

    public Department(long id, Long parentId, String name, Instant createdAt) {
        this.id = id;
        this.parentId = parentId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public long id() { return id; }
    public Long parentId() { return parentId; }
    public String name() { return name; }

    public void rename(String newName) {
        this.name = newName;
    }
}
