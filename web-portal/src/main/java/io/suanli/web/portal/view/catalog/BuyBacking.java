package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.SpecView;
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
 * {@code /products/{code}/buy}: the configuration a logged-in customer chose, priced again by the quote service.
 * Online ordering itself comes with the ordering release; until then the page stops at the confirmed quote.
 */
@Named
@RequestScoped
public class BuyBacking {

    @Inject
    CatalogService catalog;

    @Inject
    QuoteService quotes;

    @Inject
    LocaleBean lang;

    @Inject
    HttpServletRequest request;

    private ProductView product;
    private SpecView spec;
    private Quote quote;
    private String error;

    @PostConstruct
    void load() {
        product = catalog.product(String.valueOf(request.getAttribute(CatalogRoutes.CODE)), false);
        String specCode = request.getParameter("spec");
        spec = product.specs().stream().filter(s -> s.code().equals(specCode)).findFirst().orElse(null);
        try {
            quote = quotes.quote(new QuoteRequest(specCode, integer("nodes"), request.getParameter("mode"), integer("periods"), null), false);
        } catch (SuanliException e) {
            error = Messages.of(lang.getLocale(), e);
        }
    }

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
