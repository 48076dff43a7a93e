package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.Quote;
import io.suanli.core.ordering.application.QuoteRequest;
import io.suanli.core.ordering.application.QuoteService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /products/{code}/buy}: the order form's confirmation steps (U3) — the configuration a logged-in customer
 * chose, priced again by the quote service with its discount and coupon steps, the balance to pay from — and the
 * order itself: placing it leads to the order in the user console, where it is paid.
 */
@Named
@RequestScoped
public class BuyBacking {

    @Inject
    CatalogService catalog;

    @Inject
    QuoteService quotes;

    @Inject
    OrderService orders;

    @Inject
    LocaleBean lang;

    @Inject
    HttpServletRequest request;

    private ProductView product;
    private SpecView spec;
    private Quote quote;
    private String error;
    private String payFrom = "AUTO";

    @PostConstruct
    void load() {
        Object code = request.getAttribute(CatalogRoutes.CODE);
        product = catalog.product(code == null ? request.getParameter("code") : String.valueOf(code), false);
        String specCode = request.getParameter("spec");
        spec = product.specs().stream().filter(s -> s.code().equals(specCode)).findFirst().orElse(null);
        try {
            quote = quotes.quote(new QuoteRequest(specCode, integer("nodes"), request.getParameter("mode"), integer("periods"), null), false);
        } catch (SuanliException e) {
            error = Messages.of(lang.getLocale(), e);
        }
    }

    /** Places the order and opens it in the user console, where it is paid; a refusal stays on this page. */
    public void place() throws java.io.IOException {
        try {
            OrderView o = orders.place(new QuoteRequest(request.getParameter("spec"), integer("nodes"), request.getParameter("mode"),
                    integer("periods"), null), payFrom);
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("/console/user/order.xhtml?no=" + o.orderNo());
        } catch (SuanliException e) {
            error = Messages.of(lang.getLocale(), e);
        }
    }

    public String getPayFrom() { return payFrom; }
    public void setPayFrom(String v) { payFrom = v; }

    private Integer integer(String name) {
        try {
            return Integer.valueOf(request.getParameter(name));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ProductView getProduct() { return product; }
    public SpecView getSpec() { return spec; }
    public Quote getQuote() { return quote; }
    public String getError() { return error; }
}
