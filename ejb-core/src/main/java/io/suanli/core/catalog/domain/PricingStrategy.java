package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * A pricing strategy (O1): groups specs into spec families and prices each spec per billing mode. Quotes use the
 * active strategy that contains the spec; a spec belongs to at most one active strategy.
 */
@Entity
@Table(name = "pricing_strategy")
public class PricingStrategy {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PricingStrategy() {
    }

    public PricingStrategy(long id, String code, String nameZh, String nameEn, Instant at) {
        this.id = id;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.createdAt = at;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long id() { return id; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String name(Locale l) { return Texts.pick(l, nameZh, nameEn); }
    public boolean active() { return active; }
}
