package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.marketing.application.CheckoutOptions;
import io.suanli.core.marketing.application.CouponService;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.Quote;
import io.suanli.core.ordering.application.QuoteRequest;
import io.suanli.core.ordering.application.QuoteService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /products/{code}/buy}: the order form's confirmation steps (U3) — the configuration a logged-in customer
 * chose, priced again by the quote service with its discount and coupon steps; the "确认优惠" step with the customer's
 * coupons and cash coupons (best combination preselected, each other one with why it does not apply); the balance to
 * pay from — and the
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
    CouponService coupons;

    @Inject
    LocaleBean lang;

    @Inject
    HttpServletRequest request;

    private ProductView product;
    private SpecView spec;
    private Quote quote;
    private String error;
    private String payFrom = "AUTO";
    private CheckoutOptions options;
    private Long couponId;
    private List<Long> cashCouponIds = List.of();

    @PostConstruct
    void load() {
        Object code = request.getAttribute(CatalogRoutes.CODE);
        product = catalog.product(code == null ? request.getParameter("code") : String.valueOf(code), false);
        String specCode = request.getParameter("spec");
        spec = product.specs().stream().filter(s -> s.code().equals(specCode)).findFirst().orElse(null);
        QuoteRequest bare = new QuoteRequest(specCode, integer("nodes"), request.getParameter("mode"), integer("periods"), null);
        if (request.isUserInRole(Roles.CUSTOMER)) {
            try {
                options = coupons.checkout(bare);
            } catch (SuanliException e) {
                options = null;  // e.g. a sub-user who may not order: the quote below says what is wrong, if anything
            }
        }
        try {
            if (options != null) {
                chooseBenefits();
            }
            quote = quotes.quote(request(), false);
        } catch (SuanliException e) {
            error = Messages.of(lang.getLocale(), e);
            if (options != null) {  // the choice was refused: show why, priced without coupons, the step still there
                quote = options.plain();
                couponId = null;
                cashCouponIds = List.of();
            }
        }
    }

    /**
     * The coupon and cash coupons to price with: the customer's choice from the checkout step ({@code coupon} an id or
     * "none", {@code cash} the ids ticked, {@code chosen} set once the step was submitted), the best combination first.
     */
    private void chooseBenefits() {
        if (request.getParameter("chosen") == null) {
            couponId = options.bestCouponId();
            cashCouponIds = options.bestCashCouponIds();
            return;
        }
        String c = request.getParameter("coupon");
        couponId = c == null || c.isBlank() || "none".equals(c) ? null : id(c);
        String[] cash = request.getParameterValues("cash");
        cashCouponIds = cash == null ? List.of() : Arrays.stream(cash).filter(v -> !"none".equals(v)).map(BuyBacking::id).toList();
    }

    private QuoteRequest request() {
        return new QuoteRequest(request.getParameter("spec"), integer("nodes"), request.getParameter("mode"), integer("periods"), null,
                couponId, cashCouponIds);
    }

    private static Long id(String v) {
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("order.couponChoiceInvalid", v);
        }
    }

    /** The localized reason a coupon or cash coupon does not apply to this order. */
    public String why(CheckoutOptions.Option o) {
        return o.refusal() == null ? "" : Messages.of(lang.getLocale(), o.refusal());
    }

    public boolean chosenCash(long id) {
        return cashCouponIds.contains(id);
    }

    /** Places the order and opens it in the user console, where it is paid; a refusal stays on this page. */
    public void place() throws java.io.IOException {
        try {
            OrderView o = orders.place(request(), payFrom);
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

    public CheckoutOptions getOptions() { return options; }
    public Long getCouponId() { return couponId; }
    public List<Long> getCashCouponIds() { return cashCouponIds; }
    public ProductView getProduct() { return product; }
    public SpecView getSpec() { return spec; }
    public Quote getQuote() { return quote; }
    public String getError() { return error; }
}
