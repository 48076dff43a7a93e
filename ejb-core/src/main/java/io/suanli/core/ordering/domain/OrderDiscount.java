package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step an order was priced with (SPEC §9's price breakdown): a discount (where it comes from, the discount's
 * scope, e.g. PLATFORM or CUSTOMER; the discount's id, its rate and the amount it took off), the coupon or a deduction
 * cash coupon (the grant's id and the amount). An order's lines, in quote order, sum per kind exactly to its discount,
 * coupon and cash coupon amounts; they never change.
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Adjustment.Kind kind;

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
        this(orderId, lineNo, Adjustment.Kind.DISCOUNT, source, discountId, rate, amount);
    }

    public OrderDiscount(long orderId, int lineNo, Adjustment.Kind kind, String source, String discountId, BigDecimal rate, Money amount) {
        this.orderId = orderId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.lineNo = lineNo;
        this.source = source;
        this.discountId = Objects.requireNonNull(discountId, "discountId");
        this.rate = rate;
        this.amount = amount.amount();
    }

    /**
     * The lines of an order from its quote's steps, numbered from 1 in chain order. Per kind they must sum to the
     * order's discount, coupon and cash coupon amounts; anything else is a bug in the price engine or the caller.
     */
    public static List<OrderDiscount> lines(Order o, List<Adjustment> steps) {
        List<OrderDiscount> lines = new ArrayList<>();
        Money[] sums = {Money.ZERO, Money.ZERO, Money.ZERO};
        for (Adjustment a : steps == null ? List.<Adjustment>of() : steps) {
            lines.add(new OrderDiscount(o.id(), lines.size() + 1, a.kind(), a.source(), a.code(), a.rate(), a.amount()));
            sums[a.kind().ordinal()] = sums[a.kind().ordinal()].plus(a.amount());
        }
        Money[] expected = {o.discountAmount(), o.couponAmount(), o.cashCouponAmount()};
        for (int i = 0; i < sums.length; i++) {
            if (sums[i].compareTo(expected[i]) != 0) {
                throw new IllegalStateException(Adjustment.Kind.values()[i] + " lines of order " + o.id() + " sum to " + sums[i]
                        + ", not " + expected[i]);
            }
        }
        return List.copyOf(lines);
    }

    /** The discount lines of an order from its quote's steps (coupons are not discounts), numbered from 1. */
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
    public Adjustment.Kind kind() { return kind; }
    public String source() { return source; }
    public String discountId() { return discountId; }
    public BigDecimal rate() { return rate; }
    public Money amount() { return Money.of(amount); }
}
