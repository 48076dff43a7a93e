package io.suanli.web.portal.api.v1;

import io.suanli.core.catalog.application.CatalogAdminService;
import io.suanli.core.catalog.application.PriceView;
import io.suanli.core.catalog.application.ProductForm;
import io.suanli.core.catalog.application.ProductQuery;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.catalog.application.StrategyView;
import io.suanli.core.catalog.domain.ProductText;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * The product center for operations (O1), for automation and tests; the console pages call the same services.
 * {@code PUT /api/v1/ops/catalog/{categories|resource-types|brands|scenarios}/{code}};
 * {@code GET|POST /api/v1/ops/catalog/products}, {@code GET|PUT …/products/{code}},
 * {@code PUT …/products/{code}/specs/{specCode}}, {@code POST …/products/{code}/preview|draft|on-shelf|off-shelf};
 * {@code POST /api/v1/ops/pricing/strategies}, {@code GET …/strategies/{code}}, {@code POST …/{code}/activate|deactivate},
 * {@code POST …/{code}/families}, {@code POST|DELETE …/{code}/families/{family}/specs[/{specCode}]},
 * {@code POST …/{code}/prices {specCode, billingMode, unit?, amount, effectiveFrom?, effectiveTo?}}.
 */
@Path("/v1/ops/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsCatalogResource {

    @Inject
    CatalogAdminService catalog;

    @PUT
    @Path("/{kind: categories|resource-types|brands|scenarios}/{code}")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_EDIT)
    public JsonObject saveReference(@PathParam("kind") String kind, @PathParam("code") String code, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        String zh = JsonBodies.string(b, "nameZh", true);
        String en = JsonBodies.string(b, "nameEn", true);
        Integer sort = JsonBodies.integer(b, "sortOrder", false);
        var saved = switch (kind) {
            case "categories" -> catalog.saveCategory(code, zh, en, JsonBodies.string(b, "descriptionZh", false),
                    JsonBodies.string(b, "descriptionEn", false), sort == null ? 0 : sort);
            case "resource-types" -> catalog.saveResourceType(code, zh, en, JsonBodies.string(b, "hcsoServiceType", true),
                    JsonBodies.string(b, "hcsoResourceType", true), JsonBodies.string(b, "cloudAccount", false));
            case "brands" -> catalog.saveBrand(code, zh, en);
            default -> catalog.saveScenario(code, zh, en, JsonBodies.string(b, "descriptionZh", false),
                    JsonBodies.string(b, "descriptionEn", false), sort == null ? 0 : sort);
        };
        return Json.createObjectBuilder().add("code", saved.code()).add("nameZh", saved.nameZh()).add("nameEn", saved.nameEn()).build();
    }

    @GET
    @Path("/products")
    public JsonObject products(@QueryParam("text") String text, @QueryParam("status") String status,
                               @QueryParam("category") String category, @QueryParam("first") int first,
                               @QueryParam("max") Integer max) {
        Page<ProductView> page = catalog.products(new ProductQuery(text, status, category, "code", true), first, max == null ? 50 : max);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(p -> rows.add(product(p)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    @GET
    @Path("/products/{code}")
    public JsonObject product(@PathParam("code") String code) {
        return product(catalog.product(code));
    }

    @POST
    @Path("/products")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_EDIT)
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        ProductView p = catalog.createProduct(JsonBodies.string(b, "code", true), form(b));
        return Response.status(Response.Status.CREATED).entity(product(p)).build();
    }

    @PUT
    @Path("/products/{code}")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_EDIT)
    public JsonObject update(@PathParam("code") String code, JsonObject body) {
        return product(catalog.updateProduct(code, form(JsonBodies.require(body))));
    }

    @PUT
    @Path("/products/{code}/specs/{specCode}")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_EDIT)
    public JsonObject saveSpec(@PathParam("code") String code, @PathParam("specCode") String specCode, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        Integer sort = JsonBodies.integer(b, "sortOrder", false);
        SpecView s = catalog.saveSpec(code, specCode, JsonBodies.string(b, "nameZh", true), JsonBodies.string(b, "nameEn", true),
                JsonBodies.string(b, "hcsoSpecCode", true), sort == null ? 0 : sort, JsonBodies.stringMap(b, "attributes"));
        return spec(s);
    }

    @POST
    @Path("/products/{code}/{action: preview|draft|on-shelf|off-shelf}")
    public JsonObject publish(@PathParam("code") String code, @PathParam("action") String action) {
        ProductView p = switch (action) {
            case "preview" -> catalog.preview(code);
            case "draft" -> catalog.backToDraft(code);
            case "on-shelf" -> catalog.putOnShelf(code);
            default -> catalog.takeOffShelf(code);
        };
        return product(p);
    }

    private static ProductForm form(JsonObject b) {
        ProductText t = new ProductText(JsonBodies.string(b, "nameZh", false), JsonBodies.string(b, "nameEn", false),
                JsonBodies.string(b, "summaryZh", false), JsonBodies.string(b, "summaryEn", false),
                JsonBodies.string(b, "introZh", false), JsonBodies.string(b, "introEn", false),
                JsonBodies.string(b, "usageZh", false), JsonBodies.string(b, "usageEn", false));
        Integer sort = JsonBodies.integer(b, "sortOrder", false);
        return new ProductForm(t, JsonBodies.string(b, "category", false), JsonBodies.string(b, "resourceType", false),
                JsonBodies.string(b, "brand", false), sort == null ? 0 : sort,
                b.containsKey("scenarios") ? JsonBodies.strings(b, "scenarios") : java.util.List.of());
    }

    static JsonObject product(ProductView p) {
        JsonArrayBuilder specs = Json.createArrayBuilder();
        p.specs().forEach(s -> specs.add(spec(s)));
        return Json.createObjectBuilder(CatalogResource.product(p, Locale.SIMPLIFIED_CHINESE))
                .add("status", p.status())
                .add("nameZh", p.text().nameZh())
                .add("nameEn", p.text().nameEn())
                .add("scenarios", Json.createArrayBuilder(p.scenarioCodes()))
                .add("specs", specs)
                .build();
    }

    static JsonObject spec(SpecView s) {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        s.attributes().forEach(attrs::add);
        JsonArrayBuilder prices = Json.createArrayBuilder();
        s.prices().forEach(p -> prices.add(price(p)));
        return Json.createObjectBuilder().add("code", s.code()).add("nameZh", s.nameZh()).add("nameEn", s.nameEn())
                .add("hcsoSpecCode", s.hcsoSpecCode()).add("attributes", attrs).add("prices", prices).build();
    }

    static JsonObject price(PriceView p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(p.id())).add("strategy", p.strategyCode())
                .add("specCode", p.specCode()).add("billingMode", p.billingMode()).add("unit", p.unit()).add("amount", p.amountText())
                .add("effectiveFrom", p.effectiveFrom().toString());
        if (p.effectiveTo() != null) {
            b.add("effectiveTo", p.effectiveTo().toString());
        }
        return b.build();
    }

    static JsonObject strategy(StrategyView s) {
        JsonArrayBuilder families = Json.createArrayBuilder();
        s.families().forEach(f -> families.add(Json.createObjectBuilder().add("code", f.code()).add("nameZh", f.nameZh())
                .add("nameEn", f.nameEn()).add("specs", Json.createArrayBuilder(f.specCodes()))));
        JsonArrayBuilder prices = Json.createArrayBuilder();
        s.prices().forEach(p -> prices.add(price(p)));
        return Json.createObjectBuilder().add("code", s.code()).add("nameZh", s.nameZh()).add("nameEn", s.nameEn())
                .add("active", s.active()).add("families", families).add("prices", prices).build();
    }
}
