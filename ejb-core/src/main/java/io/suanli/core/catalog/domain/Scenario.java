package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An application scenario of the portal (智慧安防, 云游戏, …) with its page text; products name the scenarios they serve. */
@Entity
@Table(name = "scenario")
public class Scenario {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Lob
    @Column(name = "description_zh")
    private String descriptionZh;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Scenario() {
    }

    public Scenario(String code) {
        this.code = code;
    }

    public void describe(String nameZh, String nameEn, String descriptionZh, String descriptionEn, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.sortOrder = sortOrder;
    }

    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String descriptionZh() { return descriptionZh; }
    public String descriptionEn() { return descriptionEn; }
    public int sortOrder() { return sortOrder; }
}
