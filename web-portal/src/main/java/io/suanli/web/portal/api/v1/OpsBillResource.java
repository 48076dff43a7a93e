package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.BillRunService;
import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
 * Bills for finance (O4): {@code GET /api/v1/ops/bills?period=&customerId=&orderType=&billingMode=} → bill lines;
 * {@code GET /api/v1/ops/bills/{customerId}/{period}} → one bill; {@code POST /api/v1/ops/bills/{customerId}/{period}}
 * keeps it (idempotent); {@code GET /api/v1/ops/bills/{customerId}/{period}/pdf} → the kept bill as a PDF.
 * <p>The monthly bill run (B2), a batch job: {@code POST /api/v1/ops/bills/runs {period, partitions?, chunk?}} starts it →
 * {@code {executionId, period, status, exitStatus, createdAt, startedAt, endedAt,
 * bills, customers, notified, customersRead, statusUrl}} ({@code bills}: the bills this run keeps, the customers with
 * billed entries in the period); {@code GET /api/v1/ops/bills/runs/{executionId}} → the same, with {@code bills} the bills
 * kept so far; {@code POST …/runs/{executionId}/stop} and {@code …/restart} (a restart answers the new execution).
 */
@Path("/v1/ops/bills")
@Produces(MediaType.APPLICATION_JSON)
public class OpsBillResource {

    @Inject
    BillService bills;

    @Inject
    BillRunService runs;

    @GET
    public Response lines(@QueryParam("period") String period, @QueryParam("customerId") Long customerId, @QueryParam("orderType") String orderType,
                          @QueryParam("billingMode") String billingMode, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<BillView.Line> page = bills.lines(period, customerId, orderType, billingMode, first, max == null ? 100 : Math.min(max, 1000));
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(l -> a.add(BillResource.line(l)));
        return Response.ok(a.build()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{customerId}/{period}")
    public JsonObject bill(@PathParam("customerId") long customerId, @PathParam("period") String period) {
        return BillResource.json(bills.of(customerId, period));
    }

    @POST
    @Path("/{customerId}/{period}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject build(@PathParam("customerId") long customerId, @PathParam("period") String period) {
        return BillResource.json(bills.build(customerId, period));
    }

    @GET
    @Path("/{customerId}/{period}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("customerId") long customerId, @PathParam("period") String period) {
        return BillResource.pdf(bills.pdfOf(customerId, period));
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_FINANCE_BILL)
    public JsonObject run(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        BillRunService.Run r = runs.start(JsonBodies.string(b, "period", true), JsonBodies.integer(b, "partitions", false),
                JsonBodies.integer(b, "chunk", false));
        // just started: the bills of this run are those of the customers with billed entries in the period
        return run(r, r.customers());
    }

    @GET
    @Path("/runs/{executionId}")
    public JsonObject runStatus(@PathParam("executionId") long executionId) {
        BillRunService.Run r = runs.run(executionId);
        return run(r, r.bills());
    }

    @POST
    @Path("/runs/{executionId}/stop")
    @Consumes(MediaType.WILDCARD)
    public JsonObject stop(@PathParam("executionId") long executionId) {
        BillRunService.Run r = runs.stop(executionId);
        return run(r, r.bills());
    }

    @POST
    @Path("/runs/{executionId}/restart")
    @Consumes(MediaType.WILDCARD)
    public JsonObject restart(@PathParam("executionId") long executionId) {
        BillRunService.Run r = runs.restart(executionId);
        return run(r, r.customers());
    }

    static JsonObject run(BillRunService.Run r, long bills) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("executionId", String.valueOf(r.executionId())).add("period", r.period())
                .add("status", r.status()).add("bills", bills).add("customers", r.customers()).add("billsKept", r.bills())
                .add("notified", r.notified()).add("customersRead", r.customersRead())
                .add("statusUrl", "/api/v1/ops/bills/runs/" + r.executionId());
        o.add("exitStatus", r.exitStatus() == null ? JsonValue.NULL : Json.createValue(r.exitStatus()));
        o.add("createdAt", r.createdAt() == null ? JsonValue.NULL : Json.createValue(r.createdAt().toString()));
        o.add("startedAt", r.startedAt() == null ? JsonValue.NULL : Json.createValue(r.startedAt().toString()));
        o.add("endedAt", r.endedAt() == null ? JsonValue.NULL : Json.createValue(r.endedAt().toString()));
        return o.build();
    }
}
