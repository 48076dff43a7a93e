package io.suanli.web.console.view.ops;

import io.suanli.core.catalog.application.CatalogAdminService;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/ops/catalog-basics.xhtml}: the reference data of the product center (O1) — categories, cloud
 * resource types with their HCSO codes, brands and application scenarios. One form, switched by kind.
 */
@Named
@ViewScoped
public class CatalogBasicsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final List<String> KINDS = List.of("categories", "resourceTypes", "brands", "scenarios");

    @Inject
    transient CatalogAdminService catalog;

    @Inject
    transient ConsoleBean console;

    private Map<String, List<ReferenceView>> rows;
    private String kind = "categories";
    private String code;
    private String nameZh;
    private String nameEn;
    private String extra1;
    private String extra2;
    private int sortOrder;

    @PostConstruct
    void load() {
        rows = Map.of("categories", catalog.categories(), "resourceTypes", catalog.resourceTypes(), "brands", catalog.brands(),
                "scenarios", catalog.scenarios());
    }

    public void edit(String kind, ReferenceView r) {
        this.kind = kind;
        code = r.code();
        nameZh = r.nameZh();
        nameEn = r.nameEn();
        extra1 = r.extra1();
        extra2 = r.extra2();
        sortOrder = r.sortOrder();
    }

    public void startNew(String kind) {
        this.kind = kind;
        code = null;
        nameZh = null;
        nameEn = null;
        extra1 = null;
        extra2 = null;
        sortOrder = 0;
    }

    public void save() {
        boolean ok = console.act(() -> {
            switch (kind) {
                case "categories" -> catalog.saveCategory(code, nameZh, nameEn, extra1, extra2, sortOrder);
                case "resourceTypes" -> catalog.saveResourceType(code, nameZh, nameEn, extra1, extra2);
                case "brands" -> catalog.saveBrand(code, nameZh, nameEn);
                default -> catalog.saveScenario(code, nameZh, nameEn, extra1, extra2, sortOrder);
            }
        }, "catalog.saved");
        if (ok) {
            load();
            startNew(kind);
        }
    }

    /** The labels of the two extra fields for the kind, or none (brands). */
    public boolean isHasExtras() {
        return !"brands".equals(kind);
    }

    public boolean isHasSortOrder() {
        return "categories".equals(kind) || "scenarios".equals(kind);
    }

    public List<String> getKinds() { return KINDS; }
    public List<ReferenceView> rows(String kind) { return rows.get(kind); }
    public String getKind() { return kind; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String v) { nameZh = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getExtra1() { return extra1; }
    public void setExtra1(String v) { extra1 = v; }
    public String getExtra2() { return extra2; }
    public void setExtra2(String v) { extra2 = v; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int v) { sortOrder = v; }
}
