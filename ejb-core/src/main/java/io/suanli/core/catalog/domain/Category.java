package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category of the showcase, e.g. AI compute, storage, HPC. */
@Entity
@Table(name = "catalog_category")
public class Category extends CatalogItem {

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Category() {
    }

    public Category(long id, String code) {
        super(id, code);
    }

    public void describe(String nameZh, String nameEn, String descriptionZh, String descriptionEn, int sortOrder) {
        name(nameZh, nameEn);
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.sortOrder = sortOrder;
    }

    public String descriptionZh() { return descriptionZh; }
    public String descriptionEn() { return descriptionEn; }
    public int sortOrder() { return sortOrder; }
}
