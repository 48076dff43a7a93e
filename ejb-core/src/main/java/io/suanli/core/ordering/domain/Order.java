package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order (U3–U6): what was asked (type, spec, nodes, billing mode, periods), at which price version and with which
 * amounts, and where it stands. Its status moves only along {@link OrderStatus}'s table, each move recorded as an
 * {@link OrderEvent}. For a change, spec and nodes are the new configuration; for renew, change and unsubscribe the
 * resource is the one they act on. Money moves in the ledger, by the order number as reference.
 */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    private long id;

    @Column(name = "order_no", nullable = false, updatable = false)
    private String orderNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, updatable = false)
    private OrderType orderType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "product_code", nullable = false, updatable = false)
    private String productCode;

    @Column(name = "spec_code", nullable = false, updatable = false)
    private String specCode;

    @Column(name = "billing_mode", nullable = false, updatable = false)
    private String billingMode;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 6)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false)
    private int nodes;

    @Column(nullable = false, updatable = false)
    private int periods;

    @Column(name = "price_version_id", nullable = false, updatable = false)
    private long priceVersionId;

    @Column(name = "list_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal listAmount;

    @Column(name = "discount_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal discountAmount;

    @Column(name = "coupon_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal couponAmount;

    @Column(name = "cash_coupon_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal cashCouponAmount;

    @Column(name = "payable_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal payableAmount;

    @Column(name = "refund_amount", precision = 19, scale = 2)
    private BigDecimal refundAmount;

    @Column(name = "used_hours")
    private Integer usedHours;

    @Column(name = "effective_at")
    private Instant effectiveAt;

    @Column(name = "pay_from", nullable = false)
    private String payFrom;

    @Column(name = "payment_split")
    private String paymentSplit;

    @Column(name = "refund_split")
    private String refundSplit;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "coupon_code", updatable = false)
    private String couponCode;

    private String reason;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    /** The configuration and price of an order, as the price engine computed them. */
    public record Priced(String productCode, String specCode, String billingMode, String unit, BigDecimal unitPrice, int nodes,
                         int periods, long priceVersionId, Money list, Money discount, Money coupon, Money cashCoupon,
                         Money payable) {

        /** A price without deduction cash coupons. */
        public Priced(String productCode, String specCode, String billingMode, String unit, BigDecimal unitPrice, int nodes,
                      int periods, long priceVersionId, Money list, Money discount, Money coupon, Money payable) {
            this(productCode, specCode, billingMode, unit, unitPrice, nodes, periods, priceVersionId, list, discount, coupon, Money.ZERO, payable);
        }
    }

    public Order(long id, String orderNo, long customerId, OrderType type, Priced p, String payFrom, Long resourceId, String couponCode,
                 Instant at, Instant expiresAt, String by) {
        this.id = id;
        this.orderNo = orderNo;
        this.customerId = customerId;
        this.orderType = type;
        this.status = OrderStatus.PENDING_PAYMENT;
        this.productCode = p.productCode();
        this.specCode = p.specCode();
        this.billingMode = p.billingMode();
        this.unit = p.unit();
        this.unitPrice = p.unitPrice();
        this.nodes = p.nodes();
        this.periods = p.periods();
        this.priceVersionId = p.priceVersionId();
        this.listAmount = p.list().amount();
        this.discountAmount = p.discount().amount();
        this.couponAmount = p.coupon().amount();
        this.cashCouponAmount = p.cashCoupon().amount();
        this.payableAmount = p.payable().amount();
        this.payFrom = payFrom;
        this.resourceId = resourceId;
        this.couponCode = couponCode;
        this.createdAt = at;
        this.updatedAt = at;
        this.expiresAt = expiresAt;
        this.createdBy = by;
    }

    /** Moves along the table; answers the event to record. */
    public OrderEvent moveTo(OrderStatus to, long eventId, Instant at, String by, String note) {
        status.requireMoveTo(to, orderNo);
        OrderEvent e = new OrderEvent(eventId, id, status, to, at, by, note);
        status = to;
        updatedAt = at;
        return e;
    }

    /** The balance that pays, chosen again before paying. */
    public void payFrom(String payFrom) {
        this.payFrom = payFrom;
    }

    public void paid(Instant at, String split) {
        this.paidAt = at;
        this.paymentSplit = split;
    }

    public void refunded(Money amount, String split) {
        this.refundAmount = amount.amount();
        this.refundSplit = split;
    }

    /** The unsubscribe or change figures the customer saw and that are executed on approval. */
    public void figures(Instant effectiveAt, int usedHours, Money refund) {
        this.effectiveAt = effectiveAt;
        this.usedHours = usedHours;
        this.refundAmount = refund == null ? null : refund.amount();
    }

    public void attach(long resourceId) {
        this.resourceId = resourceId;
    }

    public void reason(String reason) {
        this.reason = reason;
    }

    public boolean isPaymentDue(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT && expiresAt != null && !now.isBefore(expiresAt);
    }

    public long id() { return id; }
    public String orderNo() { return orderNo; }
    public long customerId() { return customerId; }
    public OrderType type() { return orderType; }
    public OrderStatus status() { return status; }
    public String productCode() { return productCode; }
    public String specCode() { return specCode; }
    public String billingMode() { return billingMode; }
    public String unit() { return unit; }
    public BigDecimal unitPrice() { return unitPrice; }
    public int nodes() { return nodes; }
    public int periods() { return periods; }
    public long priceVersionId() { return priceVersionId; }
    public Money listAmount() { return Money.of(listAmount); }
    public Money discountAmount() { return Money.of(discountAmount); }
    public Money couponAmount() { return Money.of(couponAmount); }
    public Money cashCouponAmount() { return Money.of(cashCouponAmount); }
    public Money payableAmount() { return Money.of(payableAmount); }
    public Money refundAmount() { return refundAmount == null ? null : Money.of(refundAmount); }
    public Integer usedHours() { return usedHours; }
    public Instant effectiveAt() { return effectiveAt; }
    public String payFrom() { return payFrom; }
    public String paymentSplit() { return paymentSplit; }
    public String refundSplit() { return refundSplit; }
    public Long resourceId() { return resourceId; }
    public String couponCode() { return couponCode; }
    public String reason() { return reason; }
    public Instant expiresAt() { return expiresAt; }
    public Instant paidAt() { return paidAt; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
}
