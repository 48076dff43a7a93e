package io.suanli.web.portal.api.v1;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.PriceView;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.ordering.application.Quote;
import io.suanli.core.ordering.application.QuoteService;
import io.suanli.web.portal.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/**
 * The public catalog and the price engine (P1, U3): {@code GET /api/v1/catalog/products} →
 * {@code [{code, name, category, specs[{code, name, prices[{billingMode, unit, amount}]}]}]} (names in the language
 * of {@code Accept-Language}), {@code GET /api/v1/catalog/products/{code}}, {@code GET /api/v1/catalog/categories},
 * {@code GET /api/v1/catalog/scenarios}, and {@code POST /api/v1/quotes {specCode, nodes, billingMode, periods?,
 * couponCode?}} → {@code {listAmount, discountAmount, couponAmount, payableAmount, …}}. No login needed.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CatalogService catalog;

    @Inject
    QuoteService quotes;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/catalog/products")
    public JsonArray products(@QueryParam("q") String search, @QueryParam("category") String category) {
        Locale l = locale();
        List<ProductView> products = search != null ? catalog.search(search)
                : category != null ? catalog.onShelfInCategory(category) : catalog.onShelf();
        JsonArrayBuilder a = Json.createArrayBuilder();
        products.forEach(p -> a.add(product(p, l)));
        return a.build();
    }

    @GET
    @Path("/catalog/products/{code}")
    public JsonObject product(@PathParam("code") String code, @QueryParam("preview") boolean preview) {
        ProductView p = catalog.product(code, preview);
        Locale l = locale();
        JsonObjectBuilder b = Json.createObjectBuilder(product(p, l))
                .add("status", p.status())
                .add("intro", nullToEmpty(p.text().intro(l)))
                .add("usage", nullToEmpty(p.text().usage(l)))
                .add("scenarios", Json.createArrayBuilder(p.scenarioCodes()));
        return b.build();
    }

    @GET
    @Path("/catalog/categories")
    public JsonArray categories() {
        return references(catalog.categories());
    }

    @GET
    @Path("/catalog/scenarios")
    public JsonArray scenarios() {
        return references(catalog.scenarios());
    }

    @POST
    @Path("/quotes")
    public JsonObject quote(JsonObject body, @QueryParam("preview") boolean preview) {
        JsonObject b = JsonBodies.require(body);
        Quote q = quotes.quote(JsonBodies.quoteRequest(b), preview);
        JsonArrayBuilder steps = Json.createArrayBuilder();
        q.adjustments().forEach(x -> steps.add(Json.createObjectBuilder().add("kind", x.kind().name()).add("code", x.code())
                .add("description", x.description()).add("amount", x.amount().toString())));
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("listAmount", q.listAmount().toString())
                .add("discountAmount", q.discountAmount().toString())
                .add("couponAmount", q.couponAmount().toString())
                .add("cashCouponAmount", q.cashCouponAmount().toString())
                .add("payableAmount", q.payableAmount().toString())
                .add("specCode", q.specCode())
                .add("productCode", q.productCode())
                .add("billingMode", q.billingMode())
                .add("unit", q.unit())
                .add("unitPrice", PriceView.format(q.unitPrice()))
                .add("nodes", q.nodes())
                .add("periods", q.periods())
                .add("priceVersionId", String.valueOf(q.priceVersionId()))
                .add("adjustments", steps)
                .add("discounts", discounts(q))
                .add("cashCoupons", benefits(q, io.suanli.core.shared.domain.Adjustment.Kind.CASH_COUPON))
                .add("quotedAt", q.quotedAt().toString());
        q.adjustments().stream().filter(x -> x.kind() == io.suanli.core.shared.domain.Adjustment.Kind.COUPON).findFirst()
                .ifPresent(x -> out.add("couponId", x.code()));
        return out.build();
    }

    /** The discounts of a quote (SPEC §9's price breakdown): {@code [{source, id, rate, amount}]}, broadest scope first. */
    /** The coupon or cash coupon steps of a quote: {@code [{id, amount}]}, the grant ids in the order they pay. */
    static JsonArrayBuilder benefits(Quote q, io.suanli.core.shared.domain.Adjustment.Kind kind) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        q.adjustments().stream().filter(x -> x.kind() == kind)
                .forEach(x -> out.add(Json.createObjectBuilder().add("id", x.code()).add("amount", x.amount().toString())));
        return out;
    }

    static JsonArrayBuilder discounts(Quote q) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        q.adjustments().stream().filter(x -> x.kind() == io.suanli.core.shared.domain.Adjustment.Kind.DISCOUNT).forEach(x -> {
            JsonObjectBuilder d = Json.createObjectBuilder().add("id", x.code()).add("amount", x.amount().toString());
            if (x.source() != null) {
                d.add("source", x.source());
            }
            if (x.rate() != null) {
                d.add("rate", OpsMarketingResource.rate(x.rate()));
            }
            out.add(d);
        });
        return out;
    }

    static JsonObject product(ProductView p, Locale l) {
        JsonArrayBuilder specs = Json.createArrayBuilder();
        for (SpecView s : p.specs()) {
            JsonArrayBuilder prices = Json.createArrayBuilder();
            s.prices().forEach(x -> prices.add(Json.createObjectBuilder().add("billingMode", x.billingMode()).add("unit", x.unit())
                    .add("amount", x.amountText())));
            JsonObjectBuilder attrs = Json.createObjectBuilder();
            s.attributes().forEach(attrs::add);
            specs.add(Json.createObjectBuilder().add("code", s.code()).add("name", s.name(l)).add("attributes", attrs).add("prices", prices));
        }
        return Json.createObjectBuilder()
                .add("code", p.code())
                .add("name", p.name(l))
                .add("category", p.categoryCode())
                .add("categoryName", p.categoryName(l))
                .add("resourceType", p.resourceTypeCode())
                .add("summary", nullToEmpty(p.text().summary(l)))
                .add("specs", specs)
                .build();
    }

    private JsonArray references(List<ReferenceView> rows) {
        Locale l = locale();
        JsonArrayBuilder a = Json.createArrayBuilder();
        rows.forEach(r -> a.add(Json.createObjectBuilder().add("code", r.code()).add("name", r.name(l))
                .add("description", nullToEmpty(r.description(l)))));
        return a.build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private Locale locale() {
        return ApiErrors.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
