package io.suanli.web.console.view.ops;

import io.suanli.core.marketing.application.DiscountDraft;
import io.suanli.core.marketing.application.DiscountService;
import io.suanli.core.marketing.application.DiscountView;
import io.suanli.core.marketing.application.MarketingPolicyService;
import io.suanli.core.marketing.application.PolicyView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /console/ops/marketing.xhtml}: the marketing center's discounts (O5, SPEC §9) — the stacking policy with its
 * floor, the discounts in a lazy table (in force, not yet, ended), a new discount by scope with its conditions and
 * validity, and ending one early (asked first). The services check the function and validate; the form keeps what
 * was entered when they refuse.
 */
@Named
@ViewScoped
public class MarketingBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<String> SCOPES = List.of("PLATFORM", "REGION", "CUSTOMER");
    static final List<String> ORDER_TYPES = List.of("NEW", "RENEW", "CHANGE");
    static final List<String> MODES = List.of("PREPAID_MONTHLY", "PREPAID_YEARLY", "PAYG");

    @Inject
    transient DiscountService discounts;

    @Inject
    transient MarketingPolicyService policies;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient ConsoleBean console;

    private PolicyView policy;
    private String stacking;
    private String floorRate;
    private final PagedModel<DiscountView> rows = new PagedModel<>(page -> discounts.list(page[0], page[1]), d -> String.valueOf(d.id()));

    private String name;
    private String scope = "PLATFORM";
    private Long customerId;
    private String region;
    private String productCode;
    private List<String> orderTypes = List.of();
    private List<String> billingModes = List.of();
    private Integer minNodes;
    private String minListAmount;
    private String rate;
    private boolean exclusive;
    private LocalDate validFrom;
    private LocalDate validTo;
    private DiscountView previewed;
    private io.suanli.core.marketing.application.DiscountPreview preview;

    @PostConstruct
    void load() {
        showPolicy(policies.get());
        validFrom = clock.today();
    }

    private void showPolicy(PolicyView p) {
        policy = p;
        stacking = p.stacking();
        floorRate = p.floorRate() == null ? null : p.floorRate().toPlainString();
    }

    public void savePolicy() {
        PolicyView[] p = new PolicyView[1];
        if (console.act(() -> p[0] = policies.set(stacking, floorRate), "marketing.policySaved")) {
            showPolicy(p[0]);
        }
    }

    public void create() {
        DiscountDraft d = new DiscountDraft(name, scope, "CUSTOMER".equals(scope) ? customerId : null, "REGION".equals(scope) ? region : null,
                null, ConsoleBean.trimmed(productCode), null, billingModes, orderTypes, minNodes, ConsoleBean.trimmed(minListAmount), rate, exclusive,
                PlatformClock.startOf(validFrom), PlatformClock.startOf(validTo));
        if (console.act(() -> discounts.create(d), "marketing.discountCreated")) {
            name = null;
            customerId = null;
            region = null;
            productCode = null;
            orderTypes = List.of();
            billingModes = List.of();
            minNodes = null;
            minListAmount = null;
            rate = null;
            exclusive = false;
            validFrom = clock.today();
            validTo = null;
        }
    }

    /** Shows what the discount hits (specs on shelf, customers covered) below the table. */
    public void preview(DiscountView d) {
        io.suanli.core.marketing.application.DiscountPreview[] p = new io.suanli.core.marketing.application.DiscountPreview[1];
        if (console.act(() -> p[0] = discounts.preview(d.id(), console.getLocale()), null)) {
            previewed = d;
            preview = p[0];
        }
    }

    public void closePreview() {
        previewed = null;
        preview = null;
    }

    public DiscountView getPreviewed() { return previewed; }
    public io.suanli.core.marketing.application.DiscountPreview getPreview() { return preview; }
    public String getPreviewNames() { return preview == null ? "" : String.join("、", preview.customerNames()); }

    public void end(long id) {
        console.act(() -> discounts.end(id), "marketing.discountEnded");
    }

    /** IN_FORCE, NOT_YET or ENDED (also when its validity has run out) at the platform's now. */
    public String state(DiscountView d) {
        Instant now = clock.now();
        if (d.endedAt() != null || (d.validTo() != null && !now.isBefore(d.validTo()))) {
            return "ENDED";
        }
        return d.validFrom() != null && now.isBefore(d.validFrom()) ? "NOT_YET" : "IN_FORCE";
    }

    /** What the discount is limited to, as one line: customer, region, product, modes, order types, minimums. */
    public String target(DiscountView d) {
        StringBuilder s = new StringBuilder();
        if (d.customerId() != null) {
            s.append(console.text("marketing.customer")).append(' ').append(d.customerId()).append(" · ");
        }
        if (d.region() != null) {
            s.append(console.text("marketing.region")).append(' ').append(d.region()).append(" · ");
        }
        if (d.productCode() != null) {
            s.append(d.productCode()).append(" · ");
        }
        d.billingModes().forEach(m -> s.append(console.text("bill.mode." + m)).append(" · "));
        d.orderTypes().forEach(t -> s.append(console.text("bill.orderType." + t)).append(" · "));
        if (d.minNodes() != null) {
            s.append("≥ ").append(d.minNodes()).append(' ').append(console.text("marketing.nodes")).append(" · ");
        }
        if (d.minListAmount() != null) {
            s.append("≥ ").append(MoneyText.display(d.minListAmount())).append(" · ");
        }
        return s.isEmpty() ? console.text("marketing.everything") : s.substring(0, s.length() - 3);
    }



    public List<String> getScopes() { return SCOPES; }
    public List<String> getAllOrderTypes() { return ORDER_TYPES; }
    public List<String> getAllModes() { return MODES; }
    public PolicyView getPolicy() { return policy; }
    public PagedModel<DiscountView> getRows() { return rows; }
    public String getStacking() { return stacking; }
    public void setStacking(String v) { stacking = v; }
    public String getFloorRate() { return floorRate; }
    public void setFloorRate(String v) { floorRate = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String v) { productCode = v; }
    public List<String> getOrderTypes() { return orderTypes; }
    public void setOrderTypes(List<String> v) { orderTypes = v == null ? List.of() : v; }
    public List<String> getBillingModes() { return billingModes; }
    public void setBillingModes(List<String> v) { billingModes = v == null ? List.of() : v; }
    public Integer getMinNodes() { return minNodes; }
    public void setMinNodes(Integer v) { minNodes = v; }
    public String getMinListAmount() { return minListAmount; }
    public void setMinListAmount(String v) { minListAmount = v; }
    public String getRate() { return rate; }
    public void setRate(String v) { rate = v; }
    public boolean isExclusive() { return exclusive; }
    public void setExclusive(boolean v) { exclusive = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate v) { validTo = v; }
}
