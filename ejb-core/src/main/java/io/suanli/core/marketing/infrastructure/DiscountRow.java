package io.suanli.core.marketing.infrastructure;

import io.suanli.core.marketing.domain.Conditions;
import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.domain.Scope;
import io.suanli.core.marketing.domain.Validity;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A discount as stored (table {@code discount}): the scope as kind and reference (region code, customer id or contract
 * id), the conditions as columns (billing modes and order types comma-separated), the validity window, and when it was
 * ended early. Its rules live in {@link Discount}, which {@link #toDomain()} builds.
 */
@Entity
@Table(name = "discount")
public class DiscountRow {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String scope;

    @Column(name = "scope_ref", updatable = false)
    private String scopeRef;

    @Column(name = "category_code", updatable = false)
    private String categoryCode;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(name = "spec_code", updatable = false)
    private String specCode;

    @Column(name = "billing_modes", updatable = false)
    private String billingModes;

    @Column(name = "order_types", updatable = false)
    private String orderTypes;

    @Column(name = "min_nodes", updatable = false)
    private Integer minNodes;

    @Column(name = "min_list_amount", updatable = false, precision = 18, scale = 2)
    private BigDecimal minListAmount;

    @Column(nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal rate;

    @Column(name = "exclusive_discount", nullable = false, updatable = false)
    private boolean exclusive;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", updatable = false)
    private Instant validTo;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected DiscountRow() {
    }

    /** Stores a discount whose rules already hold (built as a {@link Discount}); it starts at its validity's start. */
    public DiscountRow(Discount d, Instant at, String by) {
        if (d.validity().from() == null) {
            throw new SuanliException("validation.required", "validFrom");
        }
        this.id = d.id();
        this.name = d.name();
        this.scope = d.scope().kind().name();
        this.scopeRef = switch (d.scope().kind()) {
            case PLATFORM -> null;
            case REGION -> d.scope().regionCode();
            case CUSTOMER -> String.valueOf(d.scope().customerId());
            case CONTRACT -> String.valueOf(d.scope().contractId());
        };
        Conditions c = d.conditions();
        this.categoryCode = c.categoryCode();
        this.productCode = c.productCode();
        this.specCode = c.specCode();
        this.billingModes = join(c.billingModes());
        this.orderTypes = join(c.orderTypes().stream().map(Enum::name).collect(Collectors.toSet()));
        this.minNodes = c.minNodes();
        this.minListAmount = c.minListAmount() == null ? null : c.minListAmount().amount();
        this.rate = d.rate();
        this.exclusive = d.exclusive();
        this.validFrom = d.validity().from();
        this.validTo = d.validity().to();
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Ends the discount now: quotes from {@code at} on no longer see it. Ending it twice is refused. */
    public void end(Instant at) {
        if (endedAt != null) {
            throw new SuanliException("marketing.discountEnded", String.valueOf(id));
        }
        this.endedAt = at;
    }

    public Discount toDomain() {
        Scope s = switch (Scope.Kind.valueOf(scope)) {
            case PLATFORM -> Scope.platform();
            case REGION -> Scope.region(scopeRef);
            case CUSTOMER -> Scope.customer(Long.valueOf(scopeRef));
            case CONTRACT -> Scope.contract(Long.valueOf(scopeRef));
        };
        Set<OrderType> types = split(orderTypes).stream().map(OrderType::valueOf).collect(Collectors.toSet());
        Conditions c = new Conditions(null, categoryCode, productCode, specCode, split(billingModes), types, minNodes,
                minListAmount == null ? null : Money.of(minListAmount));
        return new Discount(id, name, rate, s, exclusive, c, new Validity(validFrom, validTo));
    }

    private static String join(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }

    public long id() {
        return id;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
