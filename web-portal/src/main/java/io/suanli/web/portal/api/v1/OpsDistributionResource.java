package io.suanli.web.portal.api.v1;

import io.suanli.core.distribution.application.LevelService;
import io.suanli.core.distribution.application.LevelView;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The distributor center for distribution operations (O7, SPEC §10): {@code GET|POST /api/v1/ops/distribution/levels}
 * (create {@code {code, name, tier: 1|2, commissionRate: "0.08", overrideRate?}}, DIST_OPS_ADMIN; rates answered with at
 * least two decimals), {@code GET …/distribution/applications} (the review queue) and {@code GET …/distribution/bindings?customerId=}
 * (a customer's binding history, newest first), {@code GET …/distribution/files/{id}} (an application's licence file);
 * the review itself is {@link OpsDistributorsResource}.
 */
@Path("/v1/ops/distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsDistributionResource {

    @Inject
    LevelService levels;

    @Inject
    io.suanli.core.distribution.application.CommissionService commissions;

    @Inject
    io.suanli.core.distribution.application.DistributorService distributors;

    @GET
    @Path("/levels")
    public JsonArray levels() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        levels.list().forEach(l -> rows.add(level(l)));
        return rows.build();
    }

    @POST
    @Path("/levels")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        LevelView l = levels.create(JsonBodies.string(b, "code", false), JsonBodies.string(b, "name", false),
                JsonBodies.integerIfGiven(b, "tier"), JsonBodies.rate(b, "commissionRate"), JsonBodies.rate(b, "overrideRate"));
        return Response.status(Response.Status.CREATED).entity(level(l)).build();
    }

    /** A customer's bindings to distributors, newest first. */
    @GET
    @Path("/bindings")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public JsonArray bindings(@jakarta.ws.rs.QueryParam("customerId") String customerId) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        commissions.bindings(JsonBodies.id(customerId, "customerId")).forEach(b -> rows.add(binding(b)));
        return rows.build();
    }

    static JsonObject binding(io.suanli.core.distribution.application.BindingView b) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", String.valueOf(b.id())).add("customerId", String.valueOf(b.customerId()))
                .add("distributorId", String.valueOf(b.distributorId())).add("source", b.source()).add("boundAt", b.boundAt().toString())
                .add("boundBy", b.boundBy());
        if (b.distributorName() != null) {
            o.add("distributorName", b.distributorName());
        }
        if (b.reason() != null) {
            o.add("reason", b.reason());
        }
        if (b.endedAt() != null) {
            o.add("endedAt", b.endedAt().toString());
        }
        return o.build();
    }

    /** The review queue: pending applications, oldest first. */
    @GET
    @Path("/applications")
    public JsonArray applications(@jakarta.ws.rs.QueryParam("first") int first, @jakarta.ws.rs.QueryParam("max") Integer max) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        distributors.pending(first, max == null ? 50 : max).forEach(a -> rows.add(DistributorResource.application(a)));
        return rows.build();
    }

    @Inject
    io.suanli.core.identity.application.RealNameVerificationService files;

    /** An application's licence file (its materials), for the staff who review distributors. */
    @GET
    @Path("/files/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public Response file(@jakarta.ws.rs.PathParam("id") String id) {
        io.suanli.core.identity.application.StoredFile f = files.materials(JsonBodies.id(id, "id"));
        return Response.ok(f.content(), f.contentType()).header("Cache-Control", "private, no-store")
                .header("Content-Disposition", f.disposition()).header("X-Content-Type-Options", "nosniff").build();
    }

    static JsonObject level(LevelView l) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", l.code()).add("name", l.name()).add("tier", l.tier())
                .add("commissionRate", OpsMarketingResource.rate(l.commissionRate()))
                .add("createdAt", l.createdAt().toString()).add("createdBy", l.createdBy());
        if (l.tier() == 1) {
            b.add("overrideRate", OpsMarketingResource.rate(l.overrideRate()));
        }
        if (l.endedAt() != null) {
            b.add("endedAt", l.endedAt().toString());
        }
        return b.build();
    }
}
