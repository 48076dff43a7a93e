package io.suanli.core.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sellable specification of a product, e.g. "8 × Ascend 910B, 192 vCPU, 1536 GB": its HCSO spec code (as usage
 * records carry it) and attributes by well-known keys ({@link SpecAttributes}).
 */
@Entity
@Table(name = "spec")
public class Spec {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "hcso_spec_code", nullable = false)
    private String hcsoSpecCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "spec_attribute", joinColumns = @JoinColumn(name = "spec_id"))
    @MapKeyColumn(name = "attr_key")
    @Column(name = "attr_value")
    private Map<String, String> attributes = new TreeMap<>();

    @Version
    private long version;

    protected Spec() {
    }

    public Spec(long id, String code, long productId) {
        this.id = id;
        this.code = code;
        this.productId = productId;
    }

    public void describe(String nameZh, String nameEn, String hcsoSpecCode, int sortOrder, Map<String, String> attributes) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.hcsoSpecCode = hcsoSpecCode;
        this.sortOrder = sortOrder;
        this.attributes.clear();
        this.attributes.putAll(attributes);
    }

    public long id() { return id; }
    public String code() { return code; }
    public long productId() { return productId; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String name(Locale l) { return Texts.pick(l, nameZh, nameEn); }
    public String hcsoSpecCode() { return hcsoSpecCode; }
    public int sortOrder() { return sortOrder; }
    public Map<String, String> attributes() { return new TreeMap<>(attributes); }
}
