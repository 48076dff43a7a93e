package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One discount an order was priced with (SPEC §9's price breakdown): the discount step of its quote as applied,
 * where it comes from (the discount's scope, e.g. PLATFORM or CUSTOMER), the discount's id, its rate and the amount it
 * took off. An order's lines, in quote order, sum exactly to its discount amount; they never change.
 */
@Entity
@Table(name = "order_discount")
@IdClass(OrderDiscount.Key.class)
public class OrderDiscount {

    /** Order and line. */
    public static class Key implements Serializable {
        public long orderId;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.orderId == orderId && k.lineNo == lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, lineNo);
        }
    }

    @Id
    @Column(name = "order_id", updatable = false)
    private long orderId;

    @Id
    @Column(name = "line_no", updatable = false)
    private int lineNo;

    @Column(updatable = false)
    private String source;

    @Column(name = "discount_id", nullable = false, updatable = false)
    private String discountId;

    @Column(updatable = false, precision = 7, scale = 4)
    private BigDecimal rate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected OrderDiscount() {
    }

    public OrderDiscount(long orderId, int lineNo, String source, String discountId, BigDecimal rate, Money amount) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.source = source;
        this.discountId = Objects.requireNonNull(discountId, "discountId");
        this.rate = rate;
        this.amount = amount.amount();
    }

    /**
     * The lines of an order from its quote's steps: one per discount step (coupons are not discounts), numbered from 1.
     * Their amounts must sum to the order's discount amount; anything else is a bug in the price engine or the caller.
     */
    public static List<OrderDiscount> lines(long orderId, Money discountAmount, List<Adjustment> steps) {
        List<OrderDiscount> lines = new ArrayList<>();
        Money sum = Money.ZERO;
        for (Adjustment a : steps == null ? List.<Adjustment>of() : steps) {
            if (a.kind() == Adjustment.Kind.DISCOUNT) {
                lines.add(new OrderDiscount(orderId, lines.size() + 1, a.source(), a.code(), a.rate(), a.amount()));
                sum = sum.plus(a.amount());
            }
        }
        if (sum.compareTo(discountAmount) != 0) {
            throw new IllegalStateException("discount lines of order " + orderId + " sum to " + sum + ", not " + discountAmount);
        }
        return List.copyOf(lines);
    }

    public long orderId() { return orderId; }
    public int lineNo() { return lineNo; }
    public String source() { return source; }
    public String discountId() { return discountId; }
    public BigDecimal rate() { return rate; }
    public Money amount() { return Money.of(amount); }
}
