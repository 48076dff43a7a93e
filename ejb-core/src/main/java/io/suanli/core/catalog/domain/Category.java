package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product category of the showcase, e.g. AI compute, storage, HPC. */
@Entity
@Table(name = "catalog_category")
public class Category {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Category() {
    }

    public Category(long id, String code) {
        this.id = id;
        this.code = code;
    }

    public void describe(String nameZh, String nameEn, String descriptionZh, String descriptionEn, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.sortOrder = sortOrder;
    }

    public long id() { return id; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String descriptionZh() { return descriptionZh; }
    public String descriptionEn() { return descriptionEn; }
    public int sortOrder() { return sortOrder; }
}
