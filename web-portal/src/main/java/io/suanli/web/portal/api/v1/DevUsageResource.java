package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.ResourceLifecycleService;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The resource lifecycle over HTTP in the dev profile (system administrators; 404 elsewhere), until the SDR job calls
 * it: {@code POST /api/v1/dev/usage/charges {resourceId, hour, amount}} charges one rated usage hour;
 * {@code POST /api/v1/dev/usage/sweep} runs the lifecycle sweep now → {@code {status: count}};
 * {@code POST /api/v1/dev/usage/expire-orders} expires the unpaid orders whose time ran out now → {@code {expired}}
 * (what the minute timers do); {@code POST /api/v1/dev/usage/ticket-sweep} flags the tickets' SLA breaches and closes what was
 * resolved seven days ago now → {@code {flagged, closed}}; {@code POST …/contract-sweep} grants and ends contracts whose day came → {@code {moved}}.
 */
@Path("/v1/dev/usage")
@Produces(MediaType.APPLICATION_JSON)
public class DevUsageResource {

    @Inject
    ResourceLifecycleService lifecycle;

    @Inject
    io.suanli.core.ordering.application.OrderService orders;

    @Inject
    PlatformConfig config;

    @Context
    SecurityContext security;

    @POST
    @Path("/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject charge(JsonObject body) {
        requireDev();
        JsonObject b = JsonBodies.require(body);
        java.time.Instant hour = JsonBodies.instant(b, "hour");
        if (hour == null) {
            throw new io.suanli.core.shared.domain.SuanliException("validation.required", "hour");
        }
        ResourceLifecycleService.UsageCharge c = lifecycle.chargeHour(ResourceResource.id(JsonBodies.string(b, "resourceId", true)),
                hour, Money.parseExact(JsonBodies.amount(b, "amount")));
        return Json.createObjectBuilder().add("resourceId", String.valueOf(c.resourceId())).add("hour", c.hour().toString())
                .add("rated", c.rated().toString()).add("charged", c.charged().toString()).add("owed", c.owed().toString())
                .add("status", c.status()).add("replayed", c.replayed()).build();
    }

    @POST
    @Path("/sweep")
    @Consumes(MediaType.WILDCARD)
    public JsonObject sweep() {
        requireDev();
        JsonObjectBuilder b = Json.createObjectBuilder();
        lifecycle.sweep().forEach(b::add);
        return b.build();
    }

    @jakarta.inject.Inject
    io.suanli.core.service.application.TicketService tickets;

    @POST
    @Path("/ticket-sweep")
    @Consumes(MediaType.WILDCARD)
    public JsonObject ticketSweep() {
        requireDev();
        int[] r = tickets.sweep();
        return Json.createObjectBuilder().add("flagged", r[0]).add("closed", r[1]).build();
    }

    @jakarta.inject.Inject
    io.suanli.core.service.application.ContractService contracts;

    @POST
    @Path("/contract-sweep")
    @Consumes(MediaType.WILDCARD)
    public JsonObject contractSweep() {
        requireDev();
        return Json.createObjectBuilder().add("moved", contracts.sweep()).build();
    }

    @POST
    @Path("/expire-orders")
    @Consumes(MediaType.WILDCARD)
    public JsonObject expireOrders() {
        requireDev();
        int expired = 0;
        for (String orderNo : orders.duePayments(500)) {
            if (orders.expireIfDue(orderNo)) {
                expired++;
            }
        }
        return Json.createObjectBuilder().add("expired", expired).build();
    }

    private void requireDev() {
        if (!config.isDev() || security == null || !security.isUserInRole("SYS_ADMIN")) {
            throw new NotFoundException("request.notFound");
        }
    }
}
