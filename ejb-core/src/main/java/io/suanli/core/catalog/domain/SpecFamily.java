package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A family of specs within a pricing strategy, e.g. "Ascend 910B dedicated pools". */
@Entity
@Table(name = "spec_family")
public class SpecFamily {

    @Id
    private long id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private long strategyId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected SpecFamily() {
    }

    public SpecFamily(long id, long strategyId, String code, String nameZh, String nameEn) {
        this.id = id;
        this.strategyId = strategyId;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public long id() { return id; }
    public long strategyId() { return strategyId; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String name(Locale l) { return Texts.pick(l, nameZh, nameEn); }
}
