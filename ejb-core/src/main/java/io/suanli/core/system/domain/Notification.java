package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An in-app message for one user (the bell). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long id, long userId, String username, Instant createdAt, String title, String body) {
        this.id = id;
        this.userId = userId;
        this.username = username;
        this.createdAt = createdAt;
        this.title = title;
        this.body = body;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long id() { return id; }
    public long userId() { return userId; }
    public Instant createdAt() { return createdAt; }
    public String title() { return title; }
    public String body() { return body; }
    public Instant readAt() { return readAt; }
}
