package io.suanli.web.portal.api.v1;

import io.suanli.core.analytics.application.DashboardService;
import io.suanli.core.analytics.application.OpsDashboard;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The operations home figures (O2): {@code GET /api/v1/ops/dashboard} → {@code {todayOrders, todayRevenue, pendingVerifications,
 * pendingAcceptances, pendingApprovals, openTickets, pendingInvoices}}, today's revenue as a string with two decimals.
 */
@Path("/v1/ops/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class OpsDashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    public JsonObject ops() {
        OpsDashboard d = dashboards.ops();
        return Json.createObjectBuilder().add("todayOrders", d.todayOrders()).add("todayRevenue", d.todayRevenue().toString())
                .add("pendingVerifications", d.pendingVerifications()).add("pendingAcceptances", d.pendingAcceptances())
                .add("pendingApprovals", d.pendingApprovals()).add("openTickets", d.openTickets()).add("pendingInvoices", d.pendingInvoices()).build();
    }
}
