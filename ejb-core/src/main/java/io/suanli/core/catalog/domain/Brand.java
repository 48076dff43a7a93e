package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The brand a product is sold under (e.g. Ascend, Kunpeng). */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected Brand() {
    }

    public Brand(long id, String code) {
        this.id = id;
        this.code = code;
    }

    public void describe(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public long id() { return id; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
}
