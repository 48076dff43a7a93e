package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A pricing strategy (O1): groups specs into spec families and prices each spec per billing mode. Quotes use the
 * active strategy that contains the spec; a spec belongs to at most one active strategy.
 */
@Entity
@Table(name = "pricing_strategy")
public class PricingStrategy extends CatalogItem {

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PricingStrategy() {
    }

    public PricingStrategy(long id, String code, String nameZh, String nameEn, Instant at) {
        super(id, code);
        name(nameZh, nameEn);
        this.createdAt = at;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean active() { return active; }
}
