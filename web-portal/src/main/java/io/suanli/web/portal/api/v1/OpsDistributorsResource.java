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
 * {levelCode}} → the distributor, {@code …/reject {reason}} → the application; {@code GET …/{customerId}/commissions} and
 * {@code …/customers} (as the distributor sees them), {@code POST …/{customerId}/customers {customerId, reason}} binds a
 * customer to this distributor (a reassignment: at most once per 90 days, audited); {@code GET …/{customerId}/statements},
 * {@code GET …/{customerId}/statements/{period}/pdf} and {@code …/xlsx} (the statement as a file),
 * {@code POST …/{customerId}/statements/{period}/settle {amount, reference}} (finance records the payout).
 */
@Path("/v1/ops/distributors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsDistributorsResource {

    @Inject
    DistributorService distributors;

    @Inject
    io.suanli.core.distribution.application.CommissionService commissions;

    @jakarta.ws.rs.GET
    @Path("/{customerId}/commissions")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public jakarta.json.JsonArray commissions(@jakarta.ws.rs.PathParam("customerId") String customerId,
                                              @jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to,
                                              @jakarta.ws.rs.QueryParam("kind") String kind, @jakarta.ws.rs.QueryParam("first") int first,
                                              @jakarta.ws.rs.QueryParam("max") Integer max) {
        return DistributorResource.lines(commissions.lines(JsonBodies.id(customerId, "customerId"), from, to, kind, first,
                max == null ? 100 : max));
    }

    @jakarta.ws.rs.GET
    @Path("/{customerId}/customers")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public jakarta.json.JsonArray customers(@jakarta.ws.rs.PathParam("customerId") String customerId,
                                            @jakarta.ws.rs.QueryParam("first") int first, @jakarta.ws.rs.QueryParam("max") Integer max) {
        return DistributorResource.bound(commissions.customersOf(JsonBodies.id(customerId, "customerId"), first, max == null ? 50 : max));
    }

    @Inject
    io.suanli.core.distribution.application.StatementService statements;

    @jakarta.ws.rs.GET
    @Path("/{customerId}/statements")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public jakarta.json.JsonArray statements(@jakarta.ws.rs.PathParam("customerId") String customerId,
                                             @jakarta.ws.rs.QueryParam("first") int first, @jakarta.ws.rs.QueryParam("max") Integer max) {
        jakarta.json.JsonArrayBuilder rows = jakarta.json.Json.createArrayBuilder();
        statements.of(JsonBodies.id(customerId, "customerId"), first, max == null ? 24 : max).forEach(v -> rows.add(DistributorResource.statement(v)));
        return rows.build();
    }

    @jakarta.ws.rs.GET
    @Path("/{customerId}/statements/{period}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public jakarta.ws.rs.core.Response statementPdf(@jakarta.ws.rs.PathParam("customerId") String customerId,
                                                    @jakarta.ws.rs.PathParam("period") String period) {
        return DistributorResource.file(statements.document(JsonBodies.id(customerId, "customerId"), period, "pdf"));
    }

    @jakarta.ws.rs.GET
    @Path("/{customerId}/statements/{period}/xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public jakarta.ws.rs.core.Response statementXlsx(@jakarta.ws.rs.PathParam("customerId") String customerId,
                                                     @jakarta.ws.rs.PathParam("period") String period) {
        return DistributorResource.file(statements.document(JsonBodies.id(customerId, "customerId"), period, "xlsx"));
    }

    @POST
    @Path("/{customerId}/statements/{period}/settle")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_SETTLE)
    public JsonObject settle(@jakarta.ws.rs.PathParam("customerId") String customerId, @jakarta.ws.rs.PathParam("period") String period,
                             JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return DistributorResource.statement(statements.settle(JsonBodies.id(customerId, "customerId"), period,
                io.suanli.core.shared.domain.Money.parseExact(JsonBodies.amount(b, "amount")), JsonBodies.string(b, "reference", false)));
    }

    @POST
    @Path("/{customerId}/customers")
    @ApiFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    public jakarta.ws.rs.core.Response assign(@jakarta.ws.rs.PathParam("customerId") String distributorId, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        Long customer = JsonBodies.idIfGiven(b, "customerId");
        if (customer == null) {
            throw new io.suanli.core.shared.domain.SuanliException("validation.required", "customerId");
        }
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .entity(OpsDistributionResource.binding(commissions.assign(customer, JsonBodies.id(distributorId, "customerId"),
                        JsonBodies.string(b, "reason", false)))).build();
    }

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
