package io.suanli.web.portal.api.v1;

import io.suanli.core.distribution.application.DistributorService;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The review of distributor applications (O7, SPEC §10), DIST_OPS_ADMIN: {@code POST /api/v1/ops/distributors/{customerId}/approve
 * {levelCode}} → the distributor, {@code …/reject {reason}} → the application.
 */
@Path("/v1/ops/distributors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsDistributorsResource {

    @Inject
    DistributorService distributors;

    @POST
    @Path("/{customerId}/approve")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    public JsonObject approve(@jakarta.ws.rs.PathParam("customerId") String customerId, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return DistributorResource.distributor(distributors.approve(JsonBodies.id(customerId, "customerId"),
                JsonBodies.string(b, "levelCode", false)));
    }

    @POST
    @Path("/{customerId}/reject")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    public JsonObject reject(@jakarta.ws.rs.PathParam("customerId") String customerId, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return DistributorResource.application(distributors.reject(JsonBodies.id(customerId, "customerId"),
                JsonBodies.string(b, "reason", false)));
    }

}
