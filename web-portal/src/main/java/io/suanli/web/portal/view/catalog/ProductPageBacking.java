package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.PriceView;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.ordering.application.Quote;
import io.suanli.core.ordering.application.QuoteRequest;
import io.suanli.core.ordering.application.QuoteService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /products/{code}}: a product page (P1) with its specs, prices per billing mode, usage, scenarios, and the
 * price calculator, which asks the one quote service on every change. "Buy" goes to the order step, through the
 * login when needed. With {@code ?preview=1} operations staff see a product that is not on shelf yet.
 */
@Named
@ViewScoped
public class ProductPageBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient QuoteService quotes;

    @Inject
    transient LocaleBean lang;

    @Inject
    transient HttpServletRequest request;

    private ProductView product;
    private boolean preview;
    private String spec;
    private String mode;
    private Integer nodes = 1;
    private Integer periods = 1;
    private Quote quote;
    private String error;

    @PostConstruct
    void load() {
        preview = request.getParameter("preview") != null;
        product = catalog.product(String.valueOf(request.getAttribute(CatalogRoutes.CODE)), preview);
        SpecView first = product.specs().stream().filter(s -> !s.prices().isEmpty()).findFirst().orElse(null);
        if (first != null) {
            spec = first.code();
            mode = first.prices().get(0).billingMode();
            recalculate();
        }
    }

    /** Called by the calculator on every change. */
    public void recalculate() {
        SpecView s = selectedSpec();
        if (s != null && s.price(mode) == null && !s.prices().isEmpty()) {
            mode = s.prices().get(0).billingMode();
        }
        try {
            quote = quotes.quote(new QuoteRequest(spec, nodes, mode, periods, null), isNotOnShelf());
            error = null;
        } catch (SuanliException e) {
            quote = null;
            error = Messages.of(lang.getLocale(), e);
        }
    }

    public void buy() throws IOException {
        String target = "/products/" + product.code() + "/buy?spec=" + enc(spec) + "&mode=" + enc(mode) + "&nodes=" + nodes
                + "&periods=" + periods;
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        if (ext.getUserPrincipal() == null) {
            target = "/login?next=" + enc(target);
        }
        ext.redirect(ext.getRequestContextPath() + target);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    public SpecView selectedSpec() {
        return product.specs().stream().filter(s -> s.code().equals(spec)).findFirst().orElse(null);
    }

    /** The billing modes the selected spec has a price for. */
    public List<PriceView> getModes() {
        SpecView s = selectedSpec();
        return s == null ? List.of() : s.prices();
    }

    /** The unit of the selected price, which names the periods (months, years, hours, GB-months…). */
    public String getUnit() {
        SpecView s = selectedSpec();
        PriceView p = s == null ? null : s.price(mode);
        return p == null ? "MONTH" : p.unit();
    }

    /** Storage is bought by the GB: the quantity field is then capacity rather than nodes. */
    public boolean isByCapacity() {
        return getUnit().startsWith("GB_");
    }

    public boolean isNotOnShelf() {
        return !"ON_SHELF".equals(product.status());
    }

    /** The billing modes any spec of the product has, in a fixed order, for the price table's columns. */
    public List<String> getPriceModes() {
        return List.of("PREPAID_MONTHLY", "PREPAID_YEARLY", "PAYG").stream()
                .filter(m -> product.specs().stream().anyMatch(s -> s.price(m) != null)).toList();
    }

    /** The attribute keys any spec of the product has, in their fixed order: the spec table's columns. */
    public List<String> getAttributeKeys() {
        return SpecView.ATTRIBUTE_KEYS.stream().filter(k -> product.specs().stream().anyMatch(s -> s.attributes().containsKey(k))).toList();
    }

    public List<ReferenceView> getScenarios() {
        return catalog.scenarios().stream().filter(s -> product.scenarioCodes().contains(s.code())).toList();
    }

    public String getUnitPriceText() {
        return quote == null ? "" : PriceView.format(quote.unitPrice());
    }

    public ProductView getProduct() { return product; }
    public boolean isPreview() { return preview; }
    public String getSpec() { return spec; }
    public void setSpec(String v) { spec = v; }
    public String getMode() { return mode; }
    public void setMode(String v) { mode = v; }
    public Integer getNodes() { return nodes; }
    public void setNodes(Integer v) { nodes = v; }
    public Integer getPeriods() { return periods; }
    public void setPeriods(Integer v) { periods = v; }
    public Quote getQuote() { return quote; }
    public String getError() { return error; }
}
