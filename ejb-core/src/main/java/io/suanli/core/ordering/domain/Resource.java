package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A resource a customer holds (U7): what it is (product, spec, nodes, billing mode), its access information, its life
 * ({@link ResourceStatus}) and, when prepaid, its term and the <em>value</em> still spreading over it.
 * <p>
 * The value is what the customer paid for the term (net of coupons), spread evenly over the hours from
 * {@code valueFrom} to the end: unsubscribing at any time refunds the part not yet used (§8); a renewal adds its
 * payment and its hours; a change re-values what is left for the new configuration from the hour it takes effect.
 */
@Entity
@Table(name = "resource_instance")
public class Resource {

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "origin_order_no", nullable = false, updatable = false)
    private String originOrderNo;

    @Column(name = "product_code", nullable = false, updatable = false)
    private String productCode;

    @Column(name = "spec_code", nullable = false)
    private String specCode;

    @Column(name = "billing_mode", nullable = false, updatable = false)
    private String billingMode;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private int nodes;

    @Column(name = "periods", nullable = false)
    private int periods;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceStatus status;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "term_value", precision = 19, scale = 2)
    private BigDecimal termValue;

    @Column(name = "value_from")
    private Instant valueFrom;

    @Column(name = "value_hours")
    private Integer valueHours;

    @Column(name = "paid_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidTotal;

    @Column(name = "resource_pool_id")
    private String resourcePoolId;

    @Column(name = "access_url")
    private String accessUrl;

    private String extra;

    @Column(name = "arrears_since")
    private Instant arrearsSince;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal owed = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    @Column(name = "last_charged_hour")
    private Instant lastChargedHour;

    @Column(name = "pending_order_no")
    private String pendingOrderNo;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(long id, Order origin, Instant at) {
        this.id = id;
        this.customerId = origin.customerId();
        this.originOrderNo = origin.orderNo();
        this.productCode = origin.productCode();
        this.specCode = origin.specCode();
        this.billingMode = origin.billingMode();
        this.unit = origin.unit();
        this.nodes = origin.nodes();
        this.periods = origin.periods();
        this.status = ResourceStatus.PROVISIONING;
        this.paidTotal = origin.payableAmount().amount();
        this.termValue = Terms.isPrepaid(billingMode) ? origin.payableAmount().amount() : null;
        this.statusChangedAt = at;
        this.createdAt = at;
    }

    /** Back-filled or provisioned: active from {@code at}; a prepaid term runs from there. */
    public void activate(Instant at, ZoneId zone, String resourcePoolId, String accessUrl, String extra) {
        if (status != ResourceStatus.PROVISIONING) {
            throw new SuanliException("resource.notProvisioning", String.valueOf(id));
        }
        this.activatedAt = at;
        this.resourcePoolId = resourcePoolId;
        this.accessUrl = accessUrl;
        this.extra = extra;
        if (Terms.isPrepaid(billingMode)) {
            this.endsAt = Terms.end(at, billingMode, periods, zone);
            this.valueFrom = at;
            this.valueHours = Terms.hours(at, endsAt);
        }
        move(ResourceStatus.ACTIVE, at);
    }

    /** What unsubscribing at {@code at} means: hours used of the value, what they cost, what is refunded. */
    public Unsubscription unsubscription(Instant at) {
        requirePrepaidTerm();
        int used = Terms.usedHours(valueFrom, at, valueHours);
        Money value = Money.of(termValue);
        Money usedCharge = Terms.usedCharge(value, used, valueHours);
        int usedSinceActivation = Terms.usedHours(activatedAt, at, Terms.hours(activatedAt, endsAt));
        return new Unsubscription(at, usedSinceActivation, used, valueHours, value, usedCharge, value.minus(usedCharge));
    }

    /** The §8 figures of an unsubscription. {@code usedHours} counts from activation; the charge from the value's start. */
    public record Unsubscription(Instant effectiveAt, int usedHours, int valueUsedHours, int valueHours, Money value,
                                 Money usedCharge, Money refund) {
    }

    /**
     * What changing to a configuration whose price is {@code ratio} times the current one means from {@code at}: the
     * value left is re-valued by the ratio; the difference is charged (positive) or refunded (negative).
     */
    public Change change(Instant at, BigDecimal ratio) {
        requirePrepaidTerm();
        int used = Terms.usedHours(valueFrom, at, valueHours);
        if (used >= valueHours) {
            throw new SuanliException("resource.termOver");
        }
        Money left = Terms.remaining(Money.of(termValue), used, valueHours);
        Money newValue = Money.of(left.amount().multiply(ratio));
        return new Change(at, used, valueHours - used, left, newValue, newValue.minus(left));
    }

    /** A change whose difference was fixed when it was asked for (executed on approval, the resource unchanged since). */
    public Change changeBy(Instant at, Money difference) {
        Change c = change(at, BigDecimal.ONE);
        return new Change(at, c.usedHours(), c.hoursLeft(), c.valueLeft(), c.valueLeft().plus(difference), difference);
    }

    /** The figures of a change: hours used of the value, hours left, value left, value after, and the difference. */
    public record Change(Instant effectiveAt, int usedHours, int hoursLeft, Money valueLeft, Money newValue, Money difference) {
    }

    /** Applies an approved change: the new configuration holds the re-valued rest from the hour the change took effect. */
    public void applyChange(Change c, String specCode, String unit, int nodes) {
        this.specCode = specCode;
        this.unit = unit;
        this.nodes = nodes;
        this.valueFrom = valueFrom.plusSeconds(3600L * c.usedHours());
        this.valueHours = c.hoursLeft();
        this.termValue = c.newValue().amount();
        this.paidTotal = paidTotal.add(c.difference().amount());
    }

    /** Applies an approved renewal: the end moves by whole periods, the payment joins the value. */
    public void renew(int periods, Money paid, ZoneId zone, Instant now) {
        requirePrepaidTerm();
        Instant newEnd = Terms.end(endsAt, billingMode, periods, zone);
        this.valueHours = valueHours + Terms.hours(endsAt, newEnd);
        this.endsAt = newEnd;
        this.termValue = termValue.add(paid.amount());
        this.paidTotal = paidTotal.add(paid.amount());
        this.periods = this.periods + periods;
        if ((status == ResourceStatus.EXPIRED || status == ResourceStatus.FROZEN) && endsAt.isAfter(now)) {
            move(ResourceStatus.ACTIVE, now);
        }
    }

    /** Applies an approved unsubscription: ended at its effective time. */
    public void unsubscribe(Unsubscription u) {
        this.endsAt = u.effectiveAt();
        this.paidTotal = paidTotal.subtract(u.refund().amount());
        this.termValue = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        move(ResourceStatus.UNSUBSCRIBED, u.effectiveAt());
    }

    /** Ends a pay-as-you-go resource at the customer's request. */
    public void end(Instant at) {
        this.endsAt = at;
        move(ResourceStatus.UNSUBSCRIBED, at);
    }

    /**
     * A pay-as-you-go usage hour was rated at {@code rated} and {@code charged} of it could be taken now; the rest is
     * owed. Funds at zero (or not enough) put the resource in arrears; funds back take it out.
     */
    public void usage(Instant hour, Money rated, Money charged, boolean fundsLeft, Instant now) {
        usageBatch(hour, charged, rated.minus(charged), fundsLeft, now);
    }

    /**
     * Usage rated in a batch (SDR rating): {@code paid} more was charged (less when a correction refunded), the debt
     * moves by {@code owedChange} (down when a correction lowered an hour not yet paid); {@code lastHour} is the
     * latest hour rated.
     */
    public void usageBatch(Instant lastHour, Money paid, Money owedChange, boolean fundsLeft, Instant now) {
        this.paidTotal = paidTotal.add(paid.amount());
        this.owed = owed.add(owedChange.amount()).max(BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY));
        if (lastHour != null && (lastChargedHour == null || lastHour.isAfter(lastChargedHour))) {
            this.lastChargedHour = lastHour;
        }
        arrears(fundsLeft && owed.signum() == 0, now);
    }

    /** Owed usage was collected. */
    public void collected(Money amount, boolean fundsLeft, Instant now) {
        this.paidTotal = paidTotal.add(amount.amount());
        this.owed = owed.subtract(amount.amount());
        arrears(fundsLeft && owed.signum() == 0, now);
    }

    private void arrears(boolean inFunds, Instant now) {
        if (!inFunds && status == ResourceStatus.ACTIVE) {
            this.arrearsSince = now;
            move(ResourceStatus.ARREARS, now);
        } else if (inFunds && (status == ResourceStatus.ARREARS || status == ResourceStatus.FROZEN) && arrearsSince != null) {
            this.arrearsSince = null;
            move(ResourceStatus.ACTIVE, now);
        }
    }

    /** The prepaid term is over: expired, in its grace period (the lifecycle sweep). */
    public void expire(Instant at) {
        move(ResourceStatus.EXPIRED, at);
    }

    /** The grace period of an expired term or of arrears is over: frozen, kept for the retention period. */
    public void freeze(Instant at) {
        move(ResourceStatus.FROZEN, at);
    }

    /** Released in the cloud: after the retention of a frozen resource, or when its provisioning order is rejected. */
    public void release(Instant at) {
        move(ResourceStatus.RELEASED, at);
    }

    /** Every change of status goes through the table of {@link ResourceStatus}. */
    private void move(ResourceStatus to, Instant at) {
        status.requireMoveTo(to, id);
        this.status = to;
        this.statusChangedAt = at;
    }

    /** Marks the open renew, change or unsubscribe order; one at a time. */
    public void pending(String orderNo) {
        if (orderNo != null && pendingOrderNo != null) {
            throw new SuanliException("resource.orderPending", pendingOrderNo);
        }
        this.pendingOrderNo = orderNo;
    }

    private void requirePrepaidTerm() {
        if (!Terms.isPrepaid(billingMode) || activatedAt == null || valueHours == null) {
            throw new SuanliException("resource.notPrepaid", String.valueOf(id));
        }
    }

    public long id() { return id; }
    public long customerId() { return customerId; }
    public String originOrderNo() { return originOrderNo; }
    public String productCode() { return productCode; }
    public String specCode() { return specCode; }
    public String billingMode() { return billingMode; }
    public String unit() { return unit; }
    public int nodes() { return nodes; }
    public int periods() { return periods; }
    public ResourceStatus status() { return status; }
    public Instant activatedAt() { return activatedAt; }
    public Instant endsAt() { return endsAt; }
    public Money termValue() { return termValue == null ? null : Money.of(termValue); }
    public Instant valueFrom() { return valueFrom; }
    public Integer valueHours() { return valueHours; }
    public Money paidTotal() { return Money.of(paidTotal); }
    public String resourcePoolId() { return resourcePoolId; }
    public String accessUrl() { return accessUrl; }
    public String extra() { return extra; }
    public String pendingOrderNo() { return pendingOrderNo; }
    public Instant arrearsSince() { return arrearsSince; }
    public Money owed() { return Money.of(owed); }
    public Instant lastChargedHour() { return lastChargedHour; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Instant createdAt() { return createdAt; }
}
