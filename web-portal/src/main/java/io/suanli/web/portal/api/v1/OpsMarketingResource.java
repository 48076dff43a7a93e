package io.suanli.web.portal.api.v1;

import io.suanli.web.portal.api.ApiErrors;
import io.suanli.core.marketing.application.BatchDraft;
import io.suanli.core.marketing.application.BatchService;
import io.suanli.core.marketing.application.BatchView;
import io.suanli.core.marketing.application.DiscountDraft;
import io.suanli.core.marketing.application.GrantFilter;
import io.suanli.core.marketing.application.GrantResult;
import io.suanli.core.marketing.application.DiscountService;
import io.suanli.core.marketing.application.DiscountView;
import io.suanli.core.marketing.application.MarketingPolicyService;
import io.suanli.core.marketing.application.PolicyView;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;

/**
 * The marketing center for operations (O5, SPEC §9): {@code GET|POST /api/v1/ops/marketing/discounts} (list with
 * {@code first}/{@code max}; create {@code {name, scope: PLATFORM|REGION|CUSTOMER, customerId?, region?, categoryCode?,
 * productCode?, specCode?, billingModes?[], orderTypes?[], minNodes?, minListAmount?, rate: "0.90", exclusive?,
 * validFrom, validTo?}}), {@code POST …/discounts/{id}/end} (ends it now), {@code GET|PUT …/policy
 * {stacking: BEST_ONLY|STACKED, floorRate: "0.80"}}; batches and {@code POST …/batches/{id}/grants {customerIds[]}} or
 * {@code {filter: {customerType?, verifiedOnly?, provinceCode?, cityCode?}}}; {@code POST …/batches/{id}/codes}: the codes
 * of a recharge cash coupon batch as Excel, once.
 */
@Path("/v1/ops/marketing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsMarketingResource {

    @Inject
    DiscountService discounts;

    @Inject
    MarketingPolicyService policy;

    @Inject
    BatchService batches;

    @GET
    @Path("/discounts")
    public JsonObject discounts(@QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<DiscountView> page = discounts.list(first, max == null ? 50 : max);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(d -> rows.add(discount(d)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    @POST
    @Path("/discounts")
    @ApiFunction(StaffFunction.OPS_MARKETING_EDIT)
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        DiscountView d = discounts.create(new DiscountDraft(JsonBodies.string(b, "name", false), JsonBodies.string(b, "scope", false),
                JsonBodies.idIfGiven(b, "customerId"), JsonBodies.string(b, "region", false), JsonBodies.string(b, "categoryCode", false),
                JsonBodies.string(b, "productCode", false), JsonBodies.string(b, "specCode", false),
                JsonBodies.stringsIfGiven(b, "billingModes"), JsonBodies.stringsIfGiven(b, "orderTypes"),
                JsonBodies.integerIfGiven(b, "minNodes"), JsonBodies.string(b, "minListAmount", false), JsonBodies.rate(b, "rate"),
                JsonBodies.bool(b, "exclusive"), JsonBodies.instant(b, "validFrom"), JsonBodies.instant(b, "validTo")));
        return Response.status(Response.Status.CREATED).entity(discount(d)).build();
    }

    @POST
    @Path("/discounts/{id}/end")
    public JsonObject end(@PathParam("id") String id) {
        return discount(discounts.end(JsonBodies.id(id, "id")));
    }

    /** What a discount hits: the specs on shelf it matches and the customers its scope covers (counted up to 1,000). */
    @GET
    @Path("/discounts/{id}/preview")
    public JsonObject preview(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        io.suanli.core.marketing.application.DiscountPreview p = discounts.preview(JsonBodies.id(id, "id"),
                ApiErrors.locale(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)));
        JsonArrayBuilder specs = Json.createArrayBuilder();
        p.specs().forEach(s -> specs.add(Json.createObjectBuilder().add("productCode", s.productCode()).add("productName", s.productName())
                .add("specCode", s.specCode()).add("specName", s.specName())));
        JsonArrayBuilder names = Json.createArrayBuilder();
        p.customerNames().forEach(names::add);
        return Json.createObjectBuilder().add("specs", specs).add("customers", p.customers()).add("moreCustomers", p.more())
                .add("customerNames", names).build();
    }

    @GET
    @Path("/policy")
    public JsonObject policy() {
        return policy(policy.get());
    }

    @PUT
    @Path("/policy")
    @ApiFunction(StaffFunction.OPS_MARKETING_EDIT)
    public JsonObject setPolicy(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return policy(policy.set(JsonBodies.string(b, "stacking", false), JsonBodies.rate(b, "floorRate")));
    }

    @GET
    @Path("/batches")
    public JsonObject batches(@QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<BatchView> page = batches.list(first, max == null ? 50 : max);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(x -> rows.add(batch(x)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    @GET
    @Path("/batches/{id}")
    public JsonObject batch(@PathParam("id") String id) {
        return batch(batches.get(JsonBodies.id(id, "id")));
    }

    @POST
    @Path("/batches")
    @ApiFunction(StaffFunction.OPS_MARKETING_EDIT)
    public Response createBatch(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        BatchView v = batches.create(new BatchDraft(JsonBodies.string(b, "kind", false), JsonBodies.string(b, "name", false),
                JsonBodies.integerIfGiven(b, "quantity"), JsonBodies.integerIfGiven(b, "perCustomer"), JsonBodies.rate(b, "amountOff"),
                JsonBodies.rate(b, "percentOff"), JsonBodies.rate(b, "maxOff"), JsonBodies.rate(b, "threshold"),
                JsonBodies.bool(b, "withDiscounts"), JsonBodies.rate(b, "faceValue"), JsonBodies.bool(b, "paygAllowed"),
                JsonBodies.string(b, "categoryCode", false), JsonBodies.string(b, "productCode", false),
                JsonBodies.string(b, "specCode", false), JsonBodies.instant(b, "validFrom"), JsonBodies.instant(b, "validTo"),
                JsonBodies.string(b, "autoGrantOn", false), JsonBodies.rate(b, "autoGrantMinRecharge"), items(b)));
        return Response.status(Response.Status.CREATED).entity(batch(v)).build();
    }

    @POST
    @Path("/batches/{id}/grants")
    @ApiFunction(StaffFunction.OPS_MARKETING_EDIT)
    public JsonObject grant(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        GrantResult r;
        if (b.containsKey("filter") && b.get("filter") instanceof JsonObject f) {
            r = batches.grantMatching(JsonBodies.id(id, "id"), new GrantFilter(JsonBodies.string(f, "customerType", false),
                    JsonBodies.bool(f, "verifiedOnly"),
                    JsonBodies.string(f, "provinceCode", false), JsonBodies.string(f, "cityCode", false)));
        } else {
            r = batches.grant(JsonBodies.id(id, "id"), JsonBodies.idsIfGiven(b, "customerIds"));
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        r.granted().forEach(g -> ids.add(String.valueOf(g)));
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        r.skipped().forEach(c -> skipped.add(String.valueOf(c)));
        return Json.createObjectBuilder().add("granted", r.granted().size()).add("skipped", r.skipped().size())
                .add("grantIds", ids).add("skippedCustomerIds", skipped).build();
    }

    /** The codes of a recharge cash coupon batch, made now, as an Excel workbook: once (a second call is a 409). */
    @POST
    @Path("/batches/{id}/codes")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @ApiFunction(StaffFunction.OPS_MARKETING_EDIT)
    public Response codes(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        byte[] xlsx = batches.exportCodes(JsonBodies.id(id, "id"), ApiErrors.locale(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.ok(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").header("Content-Disposition", "attachment; filename=\"codes-" + id + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }

    /** An activity pack's {@code items: [{batchId, count?}]}; anything else there is a 400. */
    static java.util.List<io.suanli.core.marketing.application.PackItem> items(JsonObject b) {
        if (!b.containsKey("items") || b.isNull("items")) {
            return null;
        }
        if (!(b.get("items") instanceof jakarta.json.JsonArray a)) {
            throw new io.suanli.core.shared.domain.SuanliException("validation.required", "items");
        }
        java.util.List<io.suanli.core.marketing.application.PackItem> out = new java.util.ArrayList<>();
        for (jakarta.json.JsonValue v : a) {
            if (!(v instanceof JsonObject i)) {
                throw new io.suanli.core.shared.domain.SuanliException("validation.required", "items");
            }
            out.add(new io.suanli.core.marketing.application.PackItem(JsonBodies.idIfGiven(i, "batchId"),
                    JsonBodies.integerIfGiven(i, "count")));
        }
        return out;
    }

    static JsonObject batch(BatchView v) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(v.id()))
                .add("kind", v.kind())
                .add("name", v.name())
                .add("quantity", v.quantity())
                .add("granted", v.granted())
                .add("perCustomer", v.perCustomer())
                .add("withDiscounts", v.withDiscounts())
                .add("validFrom", v.validFrom().toString())
                .add("validTo", v.validTo().toString())
                .add("used", v.used())
                .add("expired", v.expired())
                .add("discountGiven", v.given().toString())
                .add("createdAt", v.createdAt().toString())
                .add("createdBy", v.createdBy());
        opt(b, "couponKind", v.couponKind());
        if (!v.items().isEmpty()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            v.items().forEach(i -> items.add(Json.createObjectBuilder().add("batchId", String.valueOf(i.batchId())).add("name", i.name())
                    .add("kind", i.kind()).add("count", i.count())));
            b.add("items", items);
        }
        opt(b, "codesExportedAt", v.codesExportedAt() == null ? null : v.codesExportedAt().toString());
        opt(b, "autoGrantOn", v.autoGrantOn());
        opt(b, "autoGrantMinRecharge", v.autoGrantMinRecharge() == null ? null : v.autoGrantMinRecharge().toString());
        opt(b, "amountOff", v.amountOff() == null ? null : v.amountOff().toString());
        opt(b, "percentOff", v.percentOff() == null ? null : v.percentOff().toPlainString());
        opt(b, "maxOff", v.maxOff() == null ? null : v.maxOff().toString());
        opt(b, "threshold", v.threshold() == null ? null : v.threshold().toString());
        opt(b, "faceValue", v.faceValue() == null ? null : v.faceValue().toString());
        opt(b, "categoryCode", v.categoryCode());
        opt(b, "productCode", v.productCode());
        opt(b, "specCode", v.specCode());
        if (v.faceValue() != null) {
            b.add("paygAllowed", v.paygAllowed());
        }
        return b.build();
    }

    static JsonObject discount(DiscountView d) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(d.id()))
                .add("name", d.name())
                .add("scope", d.scope())
                .add("rate", rate(d.rate()))
                .add("exclusive", d.exclusive())
                .add("billingModes", Json.createArrayBuilder(d.billingModes()))
                .add("orderTypes", Json.createArrayBuilder(d.orderTypes()))
                .add("validFrom", d.validFrom().toString())
                .add("createdAt", d.createdAt().toString())
                .add("createdBy", d.createdBy());
        opt(b, "customerId", d.customerId() == null ? null : String.valueOf(d.customerId()));
        opt(b, "region", d.region());
        opt(b, "categoryCode", d.categoryCode());
        opt(b, "productCode", d.productCode());
        opt(b, "specCode", d.specCode());
        if (d.minNodes() != null) {
            b.add("minNodes", d.minNodes());
        }
        opt(b, "minListAmount", d.minListAmount() == null ? null : d.minListAmount().toString());
        opt(b, "validTo", d.validTo() == null ? null : d.validTo().toString());
        opt(b, "endedAt", d.endedAt() == null ? null : d.endedAt().toString());
        return b.build();
    }

    static JsonObject policy(PolicyView p) {
        return Json.createObjectBuilder().add("stacking", p.stacking()).add("floorRate", rate(p.floorRate()))
                .add("updatedAt", p.updatedAt().toString()).add("updatedBy", p.updatedBy()).build();
    }

    /** A rate as text with at least two decimals: 0.9 → "0.90", 0.9500 → "0.95", 0.8750 → "0.875". */
    static String rate(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        return s.setScale(Math.max(2, s.scale())).toPlainString();
    }

    private static void opt(JsonObjectBuilder b, String field, String value) {
        if (value != null) {
            b.add(field, value);
        }
    }
}
