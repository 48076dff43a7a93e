package io.suanli.core.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The brand a product is sold under (e.g. Ascend, Kunpeng). */
@Entity
@Table(name = "brand")
public class Brand extends CatalogItem {

    protected Brand() {
    }

    public Brand(long id, String code) {
        super(id, code);
    }

    public void describe(String nameZh, String nameEn) {
        name(nameZh, nameEn);
    }
}
