package io.suanli.core.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One move of an order (its timeline): from, to, when, by whom, and a note (payment split, reason, back-fill). */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    @Id
    private long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private OrderStatus to;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String note;

    protected OrderEvent() {
    }

    public OrderEvent(long id, long orderId, OrderStatus from, OrderStatus to, Instant at, String actor, String note) {
        this.id = id;
        this.orderId = orderId;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
    }

    public long id() { return id; }
    public long orderId() { return orderId; }
    public OrderStatus from() { return from; }
    public OrderStatus to() { return to; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String note() { return note; }
}
