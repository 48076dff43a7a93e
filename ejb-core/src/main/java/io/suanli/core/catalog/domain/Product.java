package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product of the catalog (O1) and its publishing state: draft → preview (operations only, rendered as the
 * portal will) → on shelf (visible and orderable) → off shelf (hidden; existing resources untouched) → on shelf
 * again, or back to draft from preview or off shelf.
 */
@Entity
@Table(name = "product")
public class Product {

    public enum Status { DRAFT, PREVIEW, ON_SHELF, OFF_SHELF }

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "resource_type_id", nullable = false)
    private long resourceTypeId;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "summary_zh")
    private String summaryZh;

    @Column(name = "summary_en")
    private String summaryEn;

    @Lob
    @Column(name = "intro_zh")
    private String introZh;

    @Lob
    @Column(name = "intro_en")
    private String introEn;

    @Lob
    @Column(name = "usage_zh")
    private String usageZh;

    @Lob
    @Column(name = "usage_en")
    private String usageEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_scenario", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "scenario_code")
    private Set<String> scenarios = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    public Product(long id, String code, Instant at) {
        this.id = id;
        this.code = code;
        this.status = Status.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Everything an operator edits on the product form; allowed in every state (a correction is audited). */
    public void describe(ProductText t, long categoryId, long resourceTypeId, Long brandId, int sortOrder,
                         Collection<String> scenarioCodes, Instant at) {
        this.nameZh = t.nameZh();
        this.nameEn = t.nameEn();
        this.summaryZh = t.summaryZh();
        this.summaryEn = t.summaryEn();
        this.introZh = t.introZh();
        this.introEn = t.introEn();
        this.usageZh = t.usageZh();
        this.usageEn = t.usageEn();
        this.categoryId = categoryId;
        this.resourceTypeId = resourceTypeId;
        this.brandId = brandId;
        this.sortOrder = sortOrder;
        this.scenarios.clear();
        this.scenarios.addAll(scenarioCodes);
        this.updatedAt = at;
    }

    public void preview(Instant at) {
        move(Status.DRAFT, Status.PREVIEW, at);
    }

    public void backToDraft(Instant at) {
        move(status == Status.OFF_SHELF ? Status.OFF_SHELF : Status.PREVIEW, Status.DRAFT, at);
    }

    /** Puts the product on shelf from preview or off shelf; the caller has checked that every spec has a price. */
    public void putOnShelf(Instant at) {
        move(status == Status.OFF_SHELF ? Status.OFF_SHELF : Status.PREVIEW, Status.ON_SHELF, at);
    }

    public void takeOffShelf(Instant at) {
        move(Status.ON_SHELF, Status.OFF_SHELF, at);
    }

    private void move(Status from, Status to, Instant at) {
        if (status != from) {
            throw new SuanliException("product.illegalTransition", status.name(), to.name());
        }
        status = to;
        updatedAt = at;
    }

    public boolean isOnShelf() {
        return status == Status.ON_SHELF;
    }

    public long id() { return id; }
    public String code() { return code; }
    public long categoryId() { return categoryId; }
    public long resourceTypeId() { return resourceTypeId; }
    public Long brandId() { return brandId; }
    public Status status() { return status; }
    public int sortOrder() { return sortOrder; }
    public Set<String> scenarios() { return Set.copyOf(scenarios); }
    public Instant updatedAt() { return updatedAt; }

    public ProductText text() {
        return new ProductText(nameZh, nameEn, summaryZh, summaryEn, introZh, introEn, usageZh, usageEn);
    }
}
