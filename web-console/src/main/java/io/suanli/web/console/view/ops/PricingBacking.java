package io.suanli.web.console.view.ops;

import io.suanli.core.catalog.application.CatalogAdminService;
import io.suanli.core.catalog.application.PricingAdminService;
import io.suanli.core.catalog.application.ProductQuery;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.StrategyView;
import io.suanli.core.catalog.domain.BillingMode;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /console/ops/pricing.xhtml}: pricing strategies (O1) — spec families, activation, and price versions with
 * effective times. Prices in effect are never edited: a new version starts at a chosen time.
 */
@Named
@ViewScoped
public class PricingBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PricingAdminService pricing;

    @Inject
    transient CatalogAdminService catalog;

    @Inject
    transient ConsoleBean console;

    private List<StrategyView> strategies;
    private List<ProductView> products;
    private StrategyView selected;

    private String newCode;
    private String newNameZh;
    private String newNameEn;
    private String familyCode;
    private String familyNameZh;
    private String familyNameEn;
    private String memberFamily;
    private String memberSpec;
    private String priceSpec;
    private String priceMode = BillingMode.PREPAID_MONTHLY.name();
    private String priceUnit;
    private String priceAmount;
    private LocalDateTime priceFrom;
    private LocalDateTime priceTo;

    @PostConstruct
    void load() {
        strategies = pricing.strategies();
        products = catalog.products(new ProductQuery(null, null, null, "code", true), 0, 200).rows();
        if (selected == null && !strategies.isEmpty()) {
            selected = strategies.get(0);
        } else if (selected != null) {
            selected = pricing.strategy(selected.code());
        }
    }

    public void select(StrategyView s) {
        selected = pricing.strategy(s.code());
    }

    public void createStrategy() {
        if (console.act(() -> selected = pricing.createStrategy(newCode, newNameZh, newNameEn), "strategy.created")) {
            newCode = null;
            newNameZh = null;
            newNameEn = null;
            load();
        }
    }

    public void toggleActive() {
        if (console.act(() -> selected = pricing.setActive(selected.code(), !selected.active()), "strategy.saved")) {
            load();
        }
    }

    public void createFamily() {
        if (console.act(() -> selected = pricing.createFamily(selected.code(), familyCode, familyNameZh, familyNameEn), "family.created")) {
            familyCode = null;
            familyNameZh = null;
            familyNameEn = null;
        }
    }

    public void addMember() {
        console.act(() -> selected = pricing.addToFamily(selected.code(), memberFamily, memberSpec), "family.specAdded");
    }

    public void removeMember(String family, String spec) {
        console.act(() -> selected = pricing.removeFromFamily(selected.code(), family, spec), "family.specRemoved");
    }

    public void addPrice() {
        Instant from = priceFrom == null ? null : priceFrom.atZone(PlatformClock.ZONE).toInstant();
        Instant to = priceTo == null ? null : priceTo.atZone(PlatformClock.ZONE).toInstant();
        if (console.act(() -> pricing.addPrice(selected.code(), priceSpec, priceMode, priceUnit, priceAmount, from, to), "price.added")) {
            selected = pricing.strategy(selected.code());
            priceAmount = null;
            priceFrom = null;
            priceTo = null;
        }
    }

    /** The specs of the selected strategy, for the price form. */
    public List<String> getMemberSpecs() {
        return selected == null ? List.of() : selected.families().stream().flatMap(f -> f.specCodes().stream()).sorted().toList();
    }

    /** Every spec, grouped by product, for adding it to a family. */
    public List<SelectItem> getSpecOptions() {
        return products.stream().filter(p -> !p.specs().isEmpty()).map(p -> {
            SelectItemGroup g = new SelectItemGroup(p.name(console.getLocale()));
            g.setSelectItems(p.specs().stream().map(s -> new SelectItem(s.code(), s.name(console.getLocale()) + " (" + s.code() + ")"))
                    .toArray(SelectItem[]::new));
            return (SelectItem) g;
        }).toList();
    }

    public List<String> getModes() {
        return Arrays.stream(BillingMode.values()).map(Enum::name).toList();
    }

    public List<String> getUnits() {
        return BillingMode.parse(priceMode).units();
    }

    public void onModeChange() {
        priceUnit = getUnits().get(0);
    }

    public List<StrategyView> getStrategies() { return strategies; }
    public List<ProductView> getProducts() { return products; }
    public StrategyView getSelected() { return selected; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewNameZh() { return newNameZh; }
    public void setNewNameZh(String v) { newNameZh = v; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String v) { newNameEn = v; }
    public String getFamilyCode() { return familyCode; }
    public void setFamilyCode(String v) { familyCode = v; }
    public String getFamilyNameZh() { return familyNameZh; }
    public void setFamilyNameZh(String v) { familyNameZh = v; }
    public String getFamilyNameEn() { return familyNameEn; }
    public void setFamilyNameEn(String v) { familyNameEn = v; }
    public String getMemberFamily() { return memberFamily; }
    public void setMemberFamily(String v) { memberFamily = v; }
    public String getMemberSpec() { return memberSpec; }
    public void setMemberSpec(String v) { memberSpec = v; }
    public String getPriceSpec() { return priceSpec; }
    public void setPriceSpec(String v) { priceSpec = v; }
    public String getPriceMode() { return priceMode; }
    public void setPriceMode(String v) { priceMode = v; }
    public String getPriceUnit() { return priceUnit; }
    public void setPriceUnit(String v) { priceUnit = v; }
    public String getPriceAmount() { return priceAmount; }
    public void setPriceAmount(String v) { priceAmount = v; }
    public LocalDateTime getPriceFrom() { return priceFrom; }
    public void setPriceFrom(LocalDateTime v) { priceFrom = v; }
    public LocalDateTime getPriceTo() { return priceTo; }
    public void setPriceTo(LocalDateTime v) { priceTo = v; }
}
