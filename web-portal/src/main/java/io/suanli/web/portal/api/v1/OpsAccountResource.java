package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.FreezeView;
import io.suanli.core.billing.application.TransactionQuery;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Finance on one customer's account (O4): {@code GET /api/v1/ops/accounts/{customerId}},
 * {@code POST …/adjustments {direction: CREDIT|DEBIT, amount, channel, reason}} → the ledger line,
 * {@code POST …/credit-line {limit}}, {@code GET …/transactions}, {@code GET …/reconciliation} (differences between
 * cached balances and the ledger; empty when they agree), {@code POST|GET …/freezes}, {@code POST
 * …/freezes/{reference}/release}.
 */
@Path("/v1/ops/accounts/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsAccountResource {

    @Inject
    AccountService accounts;

    @GET
    public JsonObject account(@PathParam("customerId") long customerId) {
        return AccountResource.json(accounts.of(customerId));
    }

    @POST
    @Path("/adjustments")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_FINANCE_ADJUST)
    public Response adjust(@PathParam("customerId") long customerId, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        TransactionView line = accounts.adjust(customerId, JsonBodies.string(b, "direction", true), JsonBodies.amount(b, "amount"),
                JsonBodies.string(b, "channel", true), JsonBodies.string(b, "reason", true));
        return Response.status(Response.Status.CREATED).entity(AccountResource.json(line)).build();
    }

    @POST
    @Path("/credit-line")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_FINANCE_CREDIT)
    public JsonObject creditLine(@PathParam("customerId") long customerId, JsonObject body) {
        return AccountResource.json(accounts.setCreditLine(customerId, JsonBodies.amount(JsonBodies.require(body), "limit")));
    }

    @GET
    @Path("/transactions")
    public Response transactions(@PathParam("customerId") long customerId, @QueryParam("type") String type,
                                 @QueryParam("channel") String channel, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<TransactionView> page = accounts.ledger(new TransactionQuery(customerId, type, channel, null, null), first,
                max == null ? 50 : Math.min(max, 500));
        return Response.ok(AccountResource.json(page)).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/reconciliation")
    public JsonObject reconcile(@PathParam("customerId") long customerId) {
        var b = Json.createObjectBuilder();
        accounts.reconcile(customerId).forEach(b::add);
        return Json.createObjectBuilder().add("differences", b).build();
    }

    /** {@code POST …/freezes {amount, reason}} → 201 {@code {reference, amount, at, by, reason}}. */
    @POST
    @Path("/freezes")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_FINANCE_ADJUST)
    public Response freeze(@PathParam("customerId") long customerId, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        FreezeView f = accounts.freeze(customerId, JsonBodies.amount(b, "amount"),
                JsonBodies.string(b, "reason", true));
        return Response.status(Response.Status.CREATED).entity(json(f)).build();
    }

    /** {@code GET …/freezes} → the freezes not yet released. */
    @GET
    @Path("/freezes")
    public JsonArray freezes(@PathParam("customerId") long customerId) {
        var a = Json.createArrayBuilder();
        accounts.openFreezes(customerId).forEach(f -> a.add(json(f)));
        return a.build();
    }

    /** {@code POST …/freezes/{reference}/release} → the account. */
    @POST
    @Path("/freezes/{reference}/release")
    @Consumes(MediaType.WILDCARD)
    public JsonObject release(@PathParam("customerId") long customerId, @PathParam("reference") String reference) {
        return AccountResource.json(accounts.unfreeze(customerId, reference));
    }

    static JsonObject json(FreezeView f) {
        return Json.createObjectBuilder().add("reference", f.reference()).add("amount", f.amount().toString())
                .add("at", f.at().toString()).add("by", f.by()).add("reason", f.reason() == null ? "" : f.reason()).build();
    }
}
