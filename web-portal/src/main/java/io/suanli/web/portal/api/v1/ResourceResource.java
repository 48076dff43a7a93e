package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.IdleHint;
import io.suanli.core.ordering.application.ResourceMetrics;
import io.suanli.core.ordering.application.ResourceMonitoringService;
import io.suanli.core.ordering.application.ResourceService;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The caller's resources (U5–U7): {@code GET /api/v1/resources[?status=]}, {@code GET /api/v1/resources/{id}} →
 * {@code {id, status, specCode, nodes, startsAt, endsAt, accessUrl?, …}}; {@code POST …/{id}/unsubscribe/preview} →
 * {@code {usedHours, usedAmount, refundAmount, refundTo[{account, amount}]}}; {@code POST …/{id}/unsubscribe};
 * {@code POST …/{id}/renew[/preview] {periods, payFrom?}}; {@code POST …/{id}/change[/preview] {specCode?, nodes?,
 * payFrom?}} → the order (awaiting payment or approval); the renew preview carries {@code idleHint {days, averagePercent,
 * thresholdPercent, idle}} when the resource is monitored. {@code GET …/{id}/metrics?period=1h|24h|7d|30d} → {@code {state,
 * message?, from, to, granularitySeconds, series[{measure, metric, unit, average?, max?, points[{at, value}]}]}} (U7);
 * 503 with {@code code} and {@code message} when the cloud cannot be asked.
 */
@Path("/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceResource {

    @Inject
    ResourceService resources;

    @Inject
    ResourceMonitoringService monitoring;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<ResourceView> page = resources.mine(status, first, max == null ? 50 : Math.min(max, 500));
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(r -> a.add(OrderJson.resource(r)));
        return Response.ok(a.build()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{id}")
    public JsonObject one(@PathParam("id") String id) {
        return OrderJson.resource(resources.mine(id(id)));
    }

    @GET
    @Path("/{id}/metrics")
    public Response metrics(@PathParam("id") String id, @QueryParam("period") String period,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return metricsResponse(monitoring.metrics(id(id), period), language);
    }

    /** 200 with the series (or the explicit "not monitored" / "empty" state); 503 with {code, message} when the cloud fails. */
    static Response metricsResponse(ResourceMetrics m, String language) {
        JsonObject body = MonitoringJson.metrics(m, ApiErrors.locale(language));
        if (m.state() == ResourceMetrics.State.UNAVAILABLE) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(Json.createObjectBuilder(body)
                    .add("code", m.messageKey()).build()).build();
        }
        return Response.ok(body).build();
    }

    @POST
    @Path("/{id}/unsubscribe/preview")
    @Consumes(MediaType.WILDCARD)
    public JsonObject previewUnsubscribe(@PathParam("id") String id) {
        return OrderJson.preview(resources.previewUnsubscribe(id(id)));
    }

    @POST
    @Path("/{id}/unsubscribe")
    @Consumes(MediaType.WILDCARD)
    public Response unsubscribe(@PathParam("id") String id) {
        return created(OrderJson.order(resources.unsubscribe(id(id))));
    }

    @POST
    @Path("/{id}/renew/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject previewRenew(@PathParam("id") String id, JsonObject body) {
        JsonObject preview = OrderJson.preview(resources.previewRenew(id(id), JsonBodies.integer(JsonBodies.require(body), "periods", true)));
        Optional<IdleHint> idle;
        try {
            idle = monitoring.idleHint(id(id));
        } catch (SuanliException | jakarta.ejb.EJBAccessException e) {
            idle = Optional.empty(); // no VIEW_RESOURCES permission: the preview without the hint
        }
        return idle.map(h -> Json.createObjectBuilder(preview).add("idleHint", MonitoringJson.idle(h)).build()).orElse(preview);
    }

    @POST
    @Path("/{id}/renew")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renew(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return created(OrderJson.order(resources.renew(id(id), JsonBodies.integer(b, "periods", true), JsonBodies.string(b, "payFrom", false))));
    }

    @POST
    @Path("/{id}/change/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject previewChange(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return OrderJson.preview(resources.previewChange(id(id), JsonBodies.string(b, "specCode", false), JsonBodies.integer(b, "nodes", false)));
    }

    @POST
    @Path("/{id}/change")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return created(OrderJson.order(resources.change(id(id), JsonBodies.string(b, "specCode", false), JsonBodies.integer(b, "nodes", false),
                JsonBodies.string(b, "payFrom", false))));
    }

    private static Response created(JsonObject order) {
        return Response.status(Response.Status.CREATED).entity(order).build();
    }

    static long id(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("resource.notFound", id);
        }
    }
}
