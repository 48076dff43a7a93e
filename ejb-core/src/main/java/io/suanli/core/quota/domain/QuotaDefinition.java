package io.suanli.core.quota.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A quota and its platform default: how many of something one customer may have. */
@Entity
@Table(name = "quota_definition")
public class QuotaDefinition {

    /** What the quota counts: instances of one spec, an attribute summed over resources, or a user-class item. */
    public enum Kind { SPEC, RESOURCE_ATTRIBUTE, USER_CLASS }

    public static final String SPEC_PREFIX = "SPEC:";

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String subject;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "default_limit", nullable = false)
    private int defaultLimit;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected QuotaDefinition() {
    }

    /** The instance quota of a spec, e.g. {@code SPEC:ma-ded-910b-8}. */
    public static QuotaDefinition forSpec(String specCode, String nameZh, String nameEn, int defaultLimit, Instant at, String by) {
        QuotaDefinition d = new QuotaDefinition();
        d.code = SPEC_PREFIX + specCode;
        d.kind = Kind.SPEC;
        d.subject = specCode;
        d.nameZh = nameZh;
        d.nameEn = nameEn;
        d.sortOrder = 100;
        d.setDefault(defaultLimit, at, by);
        return d;
    }

    public void setDefault(int limit, Instant at, String by) {
        this.defaultLimit = QuotaCheck.checkLimit(limit);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String code() { return code; }
    public Kind kind() { return kind; }
    public String subject() { return subject; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public int defaultLimit() { return defaultLimit; }
    public int sortOrder() { return sortOrder; }
}
