package io.suanli.core.marketing.infrastructure;

import io.suanli.core.marketing.domain.AutoGrant;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.Conditions;
import io.suanli.core.marketing.domain.Coupon;
import io.suanli.core.marketing.domain.Validity;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A batch as stored (table {@code coupon_batch}): its value columns per kind, its conditions, validity, quantity and
 * how many it has granted. Its rules live in {@link Batch}; only {@link #take()} changes the row, under the row lock
 * the grant holds, and the table's check keeps {@code granted ≤ quantity} whatever happens.
 */
@Entity
@Table(name = "coupon_batch")
public class BatchRow {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false)
    private int granted;

    @Column(name = "per_customer", nullable = false, updatable = false)
    private int perCustomer;

    @Column(name = "coupon_kind", updatable = false)
    private String couponKind;

    @Column(name = "amount_off", updatable = false, precision = 19, scale = 2)
    private BigDecimal amountOff;

    @Column(name = "percent_off", updatable = false, precision = 7, scale = 4)
    private BigDecimal percentOff;

    @Column(name = "max_off", updatable = false, precision = 19, scale = 2)
    private BigDecimal maxOff;

    @Column(updatable = false, precision = 19, scale = 2)
    private BigDecimal threshold;

    @Column(name = "with_discounts", nullable = false, updatable = false)
    private boolean withDiscounts;

    @Column(name = "face_value", updatable = false, precision = 19, scale = 2)
    private BigDecimal faceValue;

    @Column(name = "payg_allowed", nullable = false, updatable = false)
    private boolean paygAllowed;

    @Column(name = "category_code", updatable = false)
    private String categoryCode;

    @Column(name = "product_code", updatable = false)
    private String productCode;

    @Column(name = "spec_code", updatable = false)
    private String specCode;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;

    @Column(name = "auto_grant_on", updatable = false)
    private String autoGrantOn;

    @Column(name = "auto_grant_min", updatable = false, precision = 19, scale = 2)
    private BigDecimal autoGrantMin;

    @Column(name = "codes_exported_at")
    private Instant codesExportedAt;

    @Column(name = "codes_exported_by")
    private String codesExportedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected BatchRow() {
    }

    public BatchRow(Batch b, Instant at, String by) {
        this.id = b.id();
        this.kind = b.kind().name();
        this.name = b.name();
        this.quantity = b.quantity();
        this.perCustomer = b.perCustomer();
        this.couponKind = b.couponKind() == null ? null : b.couponKind().name();
        this.amountOff = amount(b.amountOff());
        this.percentOff = b.percentOff();
        this.maxOff = amount(b.maxOff());
        this.threshold = amount(b.threshold());
        this.withDiscounts = b.withDiscounts();
        this.faceValue = amount(b.faceValue());
        this.paygAllowed = b.paygAllowed();
        this.categoryCode = b.conditions().categoryCode();
        this.productCode = b.conditions().productCode();
        this.specCode = b.conditions().specCode();
        this.validFrom = b.validity().from();
        this.validTo = b.validity().to();
        this.autoGrantOn = b.autoGrant() == null ? null : b.autoGrant().on().name();
        this.autoGrantMin = b.autoGrant() == null ? null : amount(b.autoGrant().minRecharge());
        this.createdAt = at;
        this.createdBy = by;
    }

    public Batch toDomain() {
        return new Batch(id, BatchKind.valueOf(kind), name, quantity, perCustomer, couponKind == null ? null : Coupon.Kind.valueOf(couponKind),
                money(amountOff), percentOff, money(maxOff), money(threshold), withDiscounts, money(faceValue), paygAllowed,
                new Conditions(null, categoryCode, productCode, specCode, Set.of(), Set.of(), null, null), new Validity(validFrom, validTo),
                autoGrantOn == null ? null : new AutoGrant(AutoGrant.Trigger.valueOf(autoGrantOn), money(autoGrantMin)));
    }

    /** Counts {@code n} more grants; refused, with nothing counted, when that would pass the quantity. */
    public int take(int n) {
        if (granted + n > quantity) {
            throw new SuanliException("marketing.batchExhausted", name, quantity - granted, n);
        }
        int first = granted + 1;
        granted += n;
        return first;
    }

    /**
     * Marks the batch's codes made and exported, counting its whole quantity as granted; refused when they were
     * exported before (only their hashes are kept, so they can never be shown again).
     */
    public int exportCodes(Instant at, String by) {
        if (codesExportedAt != null) {
            throw new io.suanli.core.shared.domain.ConflictException("marketing.codesExportedAlready", name, codesExportedAt.toString(), codesExportedBy);
        }
        codesExportedAt = at;
        codesExportedBy = by;
        int n = quantity - granted;
        take(n);
        return n;
    }

    private static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static Money money(BigDecimal b) {
        return b == null ? null : Money.of(b);
    }

    public long id() { return id; }
    public int granted() { return granted; }
    public int quantity() { return quantity; }
    public Instant createdAt() { return createdAt; }
    public Instant codesExportedAt() { return codesExportedAt; }
    public String createdBy() { return createdBy; }
}
