package io.suanli.web.portal.api.v1;

import io.suanli.core.catalog.application.PriceView;
import io.suanli.core.catalog.application.PricingAdminService;
import io.suanli.core.catalog.application.StrategyView;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Pricing strategies for operations (O1): {@code POST /api/v1/ops/pricing/strategies {code, nameZh, nameEn}},
 * {@code GET …/{code}}, {@code POST …/{code}/activate|deactivate}, {@code POST …/{code}/families {code, nameZh, nameEn}},
 * {@code POST …/{code}/families/{family}/specs {specCode}}, {@code DELETE …/{code}/families/{family}/specs/{specCode}},
 * {@code POST …/{code}/prices {specCode, billingMode, unit?, amount, effectiveFrom?, effectiveTo?}}.
 */
@Path("/v1/ops/pricing/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsPricingResource {

    @Inject
    PricingAdminService pricing;

    @POST
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_PRICE)
    public Response createStrategy(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        StrategyView s = pricing.createStrategy(JsonBodies.string(b, "code", true), JsonBodies.string(b, "nameZh", true),
                JsonBodies.string(b, "nameEn", true));
        return Response.status(Response.Status.CREATED).entity(OpsCatalogResource.strategy(s)).build();
    }

    @GET
    @Path("/{code}")
    public JsonObject strategy(@PathParam("code") String code) {
        return OpsCatalogResource.strategy(pricing.strategy(code));
    }

    @POST
    @Path("/{code}/{action: activate|deactivate}")
    public JsonObject activate(@PathParam("code") String code, @PathParam("action") String action) {
        return OpsCatalogResource.strategy(pricing.setActive(code, "activate".equals(action)));
    }

    @POST
    @Path("/{code}/families")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_PRICE)
    public JsonObject createFamily(@PathParam("code") String code, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return OpsCatalogResource.strategy(pricing.createFamily(code, JsonBodies.string(b, "code", true), JsonBodies.string(b, "nameZh", true),
                JsonBodies.string(b, "nameEn", true)));
    }

    @POST
    @Path("/{code}/families/{family}/specs")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_PRICE)
    public JsonObject addSpec(@PathParam("code") String code, @PathParam("family") String family, JsonObject body) {
        return OpsCatalogResource.strategy(pricing.addToFamily(code, family, JsonBodies.string(JsonBodies.require(body), "specCode", true)));
    }

    @DELETE
    @Path("/{code}/families/{family}/specs/{specCode}")
    public JsonObject removeSpec(@PathParam("code") String code, @PathParam("family") String family, @PathParam("specCode") String spec) {
        return OpsCatalogResource.strategy(pricing.removeFromFamily(code, family, spec));
    }

    @POST
    @Path("/{code}/prices")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CATALOG_PRICE)
    public Response addPrice(@PathParam("code") String code, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        PriceView p = pricing.addPrice(code, JsonBodies.string(b, "specCode", true), JsonBodies.string(b, "billingMode", true),
                JsonBodies.string(b, "unit", false), JsonBodies.amount(b, "amount"), JsonBodies.instant(b, "effectiveFrom"),
                JsonBodies.instant(b, "effectiveTo"));
        return Response.status(Response.Status.CREATED).entity(OpsCatalogResource.price(p)).build();
    }
}
