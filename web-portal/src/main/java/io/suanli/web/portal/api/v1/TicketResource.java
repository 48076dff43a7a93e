package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.TicketForm;
import io.suanli.core.service.application.TicketService;
import io.suanli.core.service.application.TicketView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * A customer's tickets (U10, SPEC §11): {@code POST /api/v1/tickets {type: BUSINESS|TECHNICAL|VENDOR, severity: 1-4, subject,
 * body, resourceId?}} → 201 {@code {ticketNo, status, …}}; {@code GET /api/v1/tickets?status&first&max} (newest first,
 * {@code X-Total-Count}); {@code GET …/{ticketNo}} (with its thread, no internal notes); {@code POST …/{ticketNo}/replies {body}},
 * {@code …/close {rating?, comment?}}, {@code …/reopen {body?}}, {@code …/rating {rating, comment?}}.
 */
@Path("/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    TicketService tickets;

    @POST
    public Response open(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        TicketForm f = new TicketForm(JsonBodies.string(b, "type", false), JsonBodies.integerIfGiven(b, "severity"), JsonBodies.string(b, "subject", false),
                JsonBodies.string(b, "body", false), JsonBodies.idIfGiven(b, "resourceId"));
        return Response.status(Response.Status.CREATED).entity(ticket(tickets.open(f))).build();
    }

    @GET
    public Response mine(@QueryParam("status") String status, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        return page(tickets.mine(status, first, max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/{ticketNo}")
    public JsonObject one(@PathParam("ticketNo") String ticketNo) {
        return ticket(tickets.mine(ticketNo));
    }

    @POST
    @Path("/{ticketNo}/replies")
    public Response reply(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return Response.status(Response.Status.CREATED).entity(ticket(tickets.reply(ticketNo, JsonBodies.string(b, "body", false)))).build();
    }

    @POST
    @Path("/{ticketNo}/close")
    public JsonObject close(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return ticket(tickets.close(ticketNo, JsonBodies.integerIfGiven(b, "rating"), JsonBodies.string(b, "comment", false)));
    }

    @POST
    @Path("/{ticketNo}/reopen")
    public JsonObject reopen(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return ticket(tickets.reopen(ticketNo, JsonBodies.string(b, "body", false)));
    }

    @POST
    @Path("/{ticketNo}/rating")
    public JsonObject rate(@PathParam("ticketNo") String ticketNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return ticket(tickets.rate(ticketNo, JsonBodies.integerIfGiven(b, "rating"), JsonBodies.string(b, "comment", false)));
    }

    static Response page(Page<TicketView> page) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(v -> rows.add(ticket(v)));
        return Response.ok(rows.build()).header("X-Total-Count", page.total()).build();
    }

    static JsonObject ticket(TicketView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("ticketNo", v.ticketNo()).add("customerId", String.valueOf(v.customerId()))
                .add("type", v.type()).add("severity", v.severity()).add("subject", v.subject()).add("status", v.status())
                .add("group", v.groupCode()).add("createdAt", v.createdAt().toString()).add("createdBy", v.createdBy())
                .add("responseBreached", v.responseBreached()).add("resolutionBreached", v.resolutionBreached())
                .add("resolutionMinutes", v.resolutionMinutes()).add("paused", v.paused());
        put(b, "customerName", v.customerName());
        put(b, "resourceId", v.resourceId() == null ? null : String.valueOf(v.resourceId()));
        put(b, "assignee", v.assignee());
        put(b, "firstResponseAt", v.firstResponseAt());
        put(b, "resolvedAt", v.resolvedAt());
        put(b, "closedAt", v.closedAt());
        put(b, "resolution", v.resolution());
        put(b, "responseDue", v.responseDue());
        put(b, "resolutionDue", v.resolutionDue());
        put(b, "ratingComment", v.ratingComment());
        if (v.rating() != null) {
            b.add("rating", v.rating());
        }
        JsonArrayBuilder messages = Json.createArrayBuilder();
        v.messages().forEach(m -> messages.add(Json.createObjectBuilder().add("author", m.author()).add("staff", m.staff()).add("internal", m.internal())
                .add("body", m.body()).add("at", m.at().toString())));
        JsonArrayBuilder actions = Json.createArrayBuilder();
        v.actions().forEach(actions::add);
        return b.add("messages", messages).add("actions", actions).build();
    }

    private static void put(JsonObjectBuilder b, String field, Object value) {
        if (value != null) {
            b.add(field, value.toString());
        }
    }
}
