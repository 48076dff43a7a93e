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

    /** The product's life; the one table of its moves is below, and anything not in it is an error. */
    public enum Status {
        DRAFT, PREVIEW, ON_SHELF, OFF_SHELF;

        private static final java.util.Map<Status, java.util.Set<Status>> NEXT = java.util.Map.of(
                DRAFT, java.util.Set.of(PREVIEW),
                PREVIEW, java.util.Set.of(ON_SHELF, DRAFT),
                ON_SHELF, java.util.Set.of(OFF_SHELF),
                OFF_SHELF, java.util.Set.of(ON_SHELF, DRAFT));

        public boolean canMoveTo(Status to) {
            return NEXT.get(this).contains(to);
        }

        /**
         * What the console may offer in this status, one per move of the table: PREVIEW (to PREVIEW), PUT_ON_SHELF (to
         * ON_SHELF), TAKE_OFF_SHELF (to OFF_SHELF), BACK_TO_DRAFT (to DRAFT).
         */
        public java.util.List<String> actions() {
            java.util.List<String> a = new java.util.ArrayList<>();
            if (canMoveTo(PREVIEW)) {
                a.add("PREVIEW");
            }
            if (canMoveTo(ON_SHELF)) {
                a.add("PUT_ON_SHELF");
            }
            if (canMoveTo(OFF_SHELF)) {
                a.add("TAKE_OFF_SHELF");
            }
            if (canMoveTo(DRAFT)) {
                a.add("BACK_TO_DRAFT");
            }
            return java.util.List.copyOf(a);
        }
    }

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
        move(Status.PREVIEW, at);
    }

    public void backToDraft(Instant at) {
        move(Status.DRAFT, at);
    }

    /** Puts the product on shelf from preview or off shelf; the caller has checked that every spec has a price. */
    public void putOnShelf(Instant at) {
        move(Status.ON_SHELF, at);
    }

    public void takeOffShelf(Instant at) {
        move(Status.OFF_SHELF, at);
    }

    private void move(Status to, Instant at) {
        if (!status.canMoveTo(to)) {
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
