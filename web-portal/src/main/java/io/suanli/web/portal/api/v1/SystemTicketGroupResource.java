package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.TicketService;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The handling groups of tickets in the system console: {@code GET /api/v1/system/ticket-groups},
 * {@code PUT /api/v1/system/ticket-groups/{code} {nameZh, nameEn, members: [username], roundRobin}}.
 */
@Path("/v1/system/ticket-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemTicketGroupResource {

    @Inject
    TicketService tickets;

    @GET
    public JsonArray groups() {
        return OpsTicketResource.groups(tickets.groups());
    }

    @PUT
    @Path("/{code}")
    @ApiFunction(StaffFunction.SYSTEM_TICKETS_MANAGE)
    public JsonArray configure(@PathParam("code") String code, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        tickets.configure(code, JsonBodies.string(b, "nameZh", false), JsonBodies.string(b, "nameEn", false), JsonBodies.strings(b, "members"),
                Boolean.TRUE.equals(JsonBodies.bool(b, "roundRobin")));
        return OpsTicketResource.groups(tickets.groups());
    }
}
