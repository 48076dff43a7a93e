package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A family of specs within a pricing strategy, e.g. "Ascend 910B dedicated pools". */
@Entity
@Table(name = "spec_family")
public class SpecFamily extends CatalogItem {

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private long strategyId;

    protected SpecFamily() {
    }

    public SpecFamily(long id, long strategyId, String code, String nameZh, String nameEn) {
        super(id, code);
        name(nameZh, nameEn);
        this.strategyId = strategyId;
    }

    public long strategyId() { return strategyId; }
}
