package io.suanli.web.console.view.ops;

import io.suanli.core.catalog.application.CatalogAdminService;
import io.suanli.core.catalog.application.ProductForm;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.catalog.domain.ProductText;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /console/ops/product.xhtml?code=…}: one product of the product center (O1) — its texts and references,
 * its specs with attributes, and its publishing state. Without a code it creates a new product.
 */
@Named
@ViewScoped
public class ProductEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogAdminService catalog;

    @Inject
    transient ConsoleBean console;

    private String code;
    private ProductView product;
    private List<ReferenceView> categories;
    private List<ReferenceView> resourceTypes;
    private List<ReferenceView> brands;
    private List<ReferenceView> scenarios;

    private String newCode;
    private String nameZh;
    private String nameEn;
    private String summaryZh;
    private String summaryEn;
    private String introZh;
    private String introEn;
    private String usageZh;
    private String usageEn;
    private String categoryCode;
    private String resourceTypeCode;
    private String brandCode;
    private int sortOrder;
    private List<String> scenarioCodes = new ArrayList<>();

    private String specCode;
    private String specNameZh;
    private String specNameEn;
    private String specHcsoCode;
    private int specSortOrder;
    private Map<String, String> specAttributes = new LinkedHashMap<>();

    /** Called by the page's view action once the {@code code} parameter is set. */
    public void load() {
        if (categories == null) {
            categories = catalog.categories();
            resourceTypes = catalog.resourceTypes();
            brands = catalog.brands();
            scenarios = catalog.scenarios();
        }
        if (code != null && !code.isBlank()) {
            product = catalog.product(code);
            ProductText t = product.text();
            nameZh = t.nameZh();
            nameEn = t.nameEn();
            summaryZh = t.summaryZh();
            summaryEn = t.summaryEn();
            introZh = t.introZh();
            introEn = t.introEn();
            usageZh = t.usageZh();
            usageEn = t.usageEn();
            categoryCode = product.categoryCode();
            resourceTypeCode = product.resourceTypeCode();
            brandCode = product.brandCode();
            sortOrder = product.sortOrder();
            scenarioCodes = new ArrayList<>(product.scenarioCodes());
        }
        if (specAttributes.isEmpty()) {
            newSpec();
        }
    }

    public boolean isNew() {
        return product == null;
    }

    private ProductForm form() {
        return new ProductForm(new ProductText(nameZh, nameEn, summaryZh, summaryEn, introZh, introEn, usageZh, usageEn),
                categoryCode, resourceTypeCode, brandCode, sortOrder, scenarioCodes);
    }

    /** Saves the product; a new one then continues on its own page (so its specs can be added). */
    public String save() {
        if (product == null) {
            boolean ok = console.act(() -> product = catalog.createProduct(newCode, form()), "product.saved");
            if (ok) {
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/ops/product.xhtml?faces-redirect=true&code=" + product.code();
            }
            return null;
        }
        console.act(() -> product = catalog.updateProduct(code, form()), "product.saved");
        return null;
    }

    public void newSpec() {
        specCode = null;
        specNameZh = null;
        specNameEn = null;
        specHcsoCode = null;
        specSortOrder = product == null ? 10 : (product.specs().size() + 1) * 10;
        specAttributes = new LinkedHashMap<>();
        SpecView.ATTRIBUTE_KEYS.forEach(k -> specAttributes.put(k, null));
    }

    public void editSpec(SpecView s) {
        specCode = s.code();
        specNameZh = s.nameZh();
        specNameEn = s.nameEn();
        specHcsoCode = s.hcsoSpecCode();
        specSortOrder = s.sortOrder();
        specAttributes = new LinkedHashMap<>();
        SpecView.ATTRIBUTE_KEYS.forEach(k -> specAttributes.put(k, s.attributes().get(k)));
    }

    public void saveSpec() {
        Map<String, String> attrs = new LinkedHashMap<>();
        specAttributes.forEach((k, v) -> {
            if (v != null) {
                attrs.put(k, v);
            }
        });
        if (console.act(() -> catalog.saveSpec(code, specCode, specNameZh, specNameEn, specHcsoCode, specSortOrder, attrs), "spec.saved")) {
            product = catalog.product(code);
            newSpec();
        }
    }

    public void preview() {
        transition(catalog::preview, "product.movedPreview");
    }

    public void putOnShelf() {
        transition(catalog::putOnShelf, "product.movedOnShelf");
    }

    public void takeOffShelf() {
        transition(catalog::takeOffShelf, "product.movedOffShelf");
    }

    public void backToDraft() {
        transition(catalog::backToDraft, "product.movedDraft");
    }

    private void transition(Function<String, ProductView> step, String message) {
        console.act(() -> product = step.apply(code), message);
    }

    /** Where the portal shows this product as a preview (operations only, exactly as it will look on shelf). */
    public String getPreviewUrl() {
        return "/products/" + code + "?preview=1";
    }

    public List<String> getAttributeKeys() { return SpecView.ATTRIBUTE_KEYS; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public ProductView getProduct() { return product; }
    public List<ReferenceView> getCategories() { return categories; }
    public List<ReferenceView> getResourceTypes() { return resourceTypes; }
    public List<ReferenceView> getBrands() { return brands; }
    public List<ReferenceView> getScenarios() { return scenarios; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String v) { nameZh = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getSummaryZh() { return summaryZh; }
    public void setSummaryZh(String v) { summaryZh = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { summaryEn = v; }
    public String getIntroZh() { return introZh; }
    public void setIntroZh(String v) { introZh = v; }
    public String getIntroEn() { return introEn; }
    public void setIntroEn(String v) { introEn = v; }
    public String getUsageZh() { return usageZh; }
    public void setUsageZh(String v) { usageZh = v; }
    public String getUsageEn() { return usageEn; }
    public void setUsageEn(String v) { usageEn = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
    public String getResourceTypeCode() { return resourceTypeCode; }
    public void setResourceTypeCode(String v) { resourceTypeCode = v; }
    public String getBrandCode() { return brandCode; }
    public void setBrandCode(String v) { brandCode = v; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int v) { sortOrder = v; }
    public List<String> getScenarioCodes() { return scenarioCodes; }
    public void setScenarioCodes(List<String> v) { scenarioCodes = v; }
    public String getSpecCode() { return specCode; }
    public void setSpecCode(String v) { specCode = v; }
    public String getSpecNameZh() { return specNameZh; }
    public void setSpecNameZh(String v) { specNameZh = v; }
    public String getSpecNameEn() { return specNameEn; }
    public void setSpecNameEn(String v) { specNameEn = v; }
    public String getSpecHcsoCode() { return specHcsoCode; }
    public void setSpecHcsoCode(String v) { specHcsoCode = v; }
    public int getSpecSortOrder() { return specSortOrder; }
    public void setSpecSortOrder(int v) { specSortOrder = v; }
    public Map<String, String> getSpecAttributes() { return specAttributes; }
}
