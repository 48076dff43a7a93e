package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderDiscount;
import io.suanli.core.ordering.domain.OrderEvent;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as its customer and operations see it; when asked for one order, with its timeline and its price
 * breakdown: the discounts, the coupon's grant id and the deduction cash coupons used ({@code discounts} and
 * {@code cashCoupons} are null in lists, where they are not loaded; so is {@code couponId}).
 */
public record OrderView(String orderNo, long customerId, String type, String status, String productCode, String specCode,
                        String billingMode, String unit, BigDecimal unitPrice, int nodes, int periods, long priceVersionId,
                        Money listAmount, Money discountAmount, Money couponAmount, Money payableAmount, Money refundAmount,
                        Integer usedHours, Instant effectiveAt, String payFrom, String paymentSplit, String refundSplit,
                        Long resourceId, String reason, Instant createdAt, String createdBy, Instant expiresAt, Instant paidAt,
                        List<Event> timeline, List<String> actions, List<Discount> discounts, Money cashCouponAmount,
                        String couponId, List<Discount> cashCoupons) implements Serializable {

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }

    /** One balance's part of a payment or refund. */
    public record Part(String account, String amount) implements Serializable {
    }

    /** The payment by balance (CASH, CREDIT, CASH_COUPON). */
    public List<Part> paidParts() {
        return parts(paymentSplit);
    }

    /** The refund by balance. */
    public List<Part> refundParts() {
        return parts(refundSplit);
    }

    private static List<Part> parts(String split) {
        if (split == null || split.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(split.split(",")).map(x -> x.split(":", 2)).filter(x -> x.length == 2)
                .map(x -> new Part(x[0], x[1])).toList();
    }

    /** One discount the order was priced with: its source (the discount's scope), the discount's id, rate and amount. */
    public record Discount(String source, String id, BigDecimal rate, Money amount) implements Serializable {

        /** The rate as the quote JSON writes it (at least two decimals, e.g. "0.95"), null when unknown. */
        public String rateText() {
            if (rate == null) {
                return null;
            }
            BigDecimal s = rate.stripTrailingZeros();
            return s.setScale(Math.max(2, s.scale())).toPlainString();
        }
    }

    /** One move of the order. */
    public record Event(String from, String to, Instant at, String actor, String note) implements Serializable {
    }

    /** A list row: no timeline, discounts not loaded. */
    static OrderView of(Order o) {
        return of(o, List.of(), null);
    }

    static OrderView of(Order o, List<OrderEvent> events, List<OrderDiscount> lines) {
        return new OrderView(o.orderNo(), o.customerId(), o.type().name(), o.status().name(), o.productCode(), o.specCode(),
                o.billingMode(), o.unit(), o.unitPrice(), o.nodes(), o.periods(), o.priceVersionId(), o.listAmount(), o.discountAmount(),
                o.couponAmount(), o.payableAmount(), o.refundAmount(), o.usedHours(), o.effectiveAt(), o.payFrom(), o.paymentSplit(),
                o.refundSplit(), o.resourceId(), o.reason(), o.createdAt(), o.createdBy(), o.expiresAt(), o.paidAt(),
                events.stream().map(e -> new Event(e.from() == null ? null : e.from().name(), e.to().name(), e.at(), e.actor(), e.note()))
                        .toList(), o.status().actions(), lines(lines, Adjustment.Kind.DISCOUNT), o.cashCouponAmount(),
                lines == null ? null : lines.stream().filter(d -> d.kind() == Adjustment.Kind.COUPON).map(OrderDiscount::discountId)
                        .findFirst().orElse(null),
                lines(lines, Adjustment.Kind.CASH_COUPON));
    }

    private static List<Discount> lines(List<OrderDiscount> lines, Adjustment.Kind kind) {
        return lines == null ? null : lines.stream().filter(d -> d.kind() == kind)
                .map(d -> new Discount(d.source(), d.discountId(), d.rate(), d.amount())).toList();
    }
}
