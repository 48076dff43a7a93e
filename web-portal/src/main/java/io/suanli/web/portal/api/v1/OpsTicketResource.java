package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.TicketGroupView;
import io.suanli.core.service.application.TicketService;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
 * The ticket workbench (O6, SPEC §11): {@code GET /api/v1/ops/tickets?group&status&assignee&mine&breached&open&ticketNo&first&max}
 * (newest first, {@code X-Total-Count}), {@code GET …/groups}, {@code GET …/{ticketNo}} (the thread with internal notes),
 * {@code POST …/{ticketNo}/assign {assignee}} (dispatchers), {@code POST …/{ticketNo}/replies {body, internal?, waitForCustomer?}},
 * {@code POST …/{ticketNo}/resolve {resolution}}.
 */
@Path("/v1/ops/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsTicketResource {

    @Inject
    TicketService tickets;

    @GET
    public Response queue(@QueryParam("group") String group, @QueryParam("status") String status, @QueryParam("assignee") String assignee,
                          @QueryParam("mine") boolean mine, @QueryParam("breached") boolean breached, @QueryParam("open") boolean open,
                          @QueryParam("ticketNo") String ticketNo, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        return TicketResource.page(tickets.queue(group, status, assignee, mine, breached, open, ticketNo, first, max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/groups")
    public JsonArray groups() {
        return groups(tickets.queueGroups());
    }

    @GET
    @Path("/{ticketNo}")
    public JsonObject one(@PathParam("ticketNo") String ticketNo) {
        return TicketResource.ticket(tickets.of(ticketNo));
    }

    @POST
    @Path("/{ticketNo}/assign")
    @ApiFunction(StaffFunction.OPS_TICKET_DISPATCH)
    public JsonObject assign(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return TicketResource.ticket(tickets.assign(ticketNo, JsonBodies.string(b, "assignee", false)));
    }

    @POST
    @Path("/{ticketNo}/replies")
    @ApiFunction(StaffFunction.OPS_TICKET_HANDLE)
    public Response reply(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return Response.status(Response.Status.CREATED).entity(TicketResource.ticket(tickets.reply(ticketNo, JsonBodies.string(b, "body", false),
                Boolean.TRUE.equals(JsonBodies.bool(b, "internal")), Boolean.TRUE.equals(JsonBodies.bool(b, "waitForCustomer"))))).build();
    }

    @POST
    @Path("/{ticketNo}/resolve")
    @ApiFunction(StaffFunction.OPS_TICKET_HANDLE)
    public JsonObject resolve(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return TicketResource.ticket(tickets.resolve(ticketNo, JsonBodies.string(b, "resolution", false)));
    }

    static JsonArray groups(java.util.List<TicketGroupView> groups) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (TicketGroupView g : groups) {
            JsonArrayBuilder m = Json.createArrayBuilder();
            g.members().forEach(m::add);
            a.add(Json.createObjectBuilder().add("code", g.code()).add("ticketType", g.ticketType()).add("nameZh", g.nameZh()).add("nameEn", g.nameEn())
                    .add("members", m).add("roundRobin", g.roundRobin()).add("updatedAt", g.updatedAt().toString()).add("updatedBy", g.updatedBy()));
        }
        return a.build();
    }
}
