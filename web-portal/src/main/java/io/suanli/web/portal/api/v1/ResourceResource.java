package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.ResourceService;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.domain.NotFoundException;
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
 * The caller's resources (U5–U7): {@code GET /api/v1/resources[?status=]}, {@code GET /api/v1/resources/{id}} →
 * {@code {id, status, specCode, nodes, startsAt, endsAt, accessUrl?, …}}; {@code POST …/{id}/unsubscribe/preview} →
 * {@code {usedHours, usedAmount, refundAmount, refundTo[{account, amount}]}}; {@code POST …/{id}/unsubscribe};
 * {@code POST …/{id}/renew[/preview] {periods, payFrom?}}; {@code POST …/{id}/change[/preview] {specCode?, nodes?,
 * payFrom?}} → the order (awaiting payment or approval).
 */
@Path("/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceResource {

    @Inject
    ResourceService resources;

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
        return OrderJson.preview(resources.previewRenew(id(id), JsonBodies.integer(JsonBodies.require(body), "periods", true)));
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
