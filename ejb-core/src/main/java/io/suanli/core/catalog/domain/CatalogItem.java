package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.Locale;

/** What the catalog's named things share: an id, a stable code, a Chinese and an English name, a version. */
@MappedSuperclass
public abstract class CatalogItem {

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

    protected CatalogItem() {
    }

    protected CatalogItem(long id, String code) {
        this.id = id;
        this.code = code;
    }

    protected void name(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public long id() { return id; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String name(Locale l) { return Texts.pick(l, nameZh, nameEn); }
}
