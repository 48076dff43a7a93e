package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
 * Bills for finance (O4): {@code GET /api/v1/ops/bills?period=&customerId=&orderType=&billingMode=} → bill lines;
 * {@code GET /api/v1/ops/bills/{customerId}/{period}} → one bill; {@code POST /api/v1/ops/bills/{customerId}/{period}}
 * keeps it (idempotent); {@code POST /api/v1/ops/bills/runs {period}} keeps the month for every customer → {@code {bills}}.
 */
@Path("/v1/ops/bills")
@Produces(MediaType.APPLICATION_JSON)
public class OpsBillResource {

    @Inject
    BillService bills;

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

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject run(JsonObject body) {
        return Json.createObjectBuilder().add("bills", bills.buildAll(JsonBodies.string(JsonBodies.require(body), "period", true))).build();
    }
}
