package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.OrderQuery;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
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
 * The caller's orders (U3, U4): {@code POST /api/v1/orders {specCode, nodes, billingMode, periods?, couponCode?,
 * payFrom?}} → 201 {@code {orderNo, status, payableAmount, …}}; {@code POST /api/v1/orders/{orderNo}/pay} → the
 * order; {@code POST …/{orderNo}/cancel}; {@code GET /api/v1/orders?status=&type=&first=&max=};
 * {@code GET /api/v1/orders/{orderNo}} with its timeline.
 */
@Path("/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        OrderView o = orders.place(JsonBodies.quoteRequest(b), JsonBodies.string(b, "payFrom", false));
        return Response.status(Response.Status.CREATED).entity(OrderJson.order(o)).build();
    }

    @POST
    @Path("/{orderNo}/pay")
    @Consumes(MediaType.WILDCARD)
    public JsonObject pay(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(orders.pay(orderNo));
    }

    @POST
    @Path("/{orderNo}/cancel")
    @Consumes(MediaType.WILDCARD)
    public JsonObject cancel(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(orders.cancel(orderNo));
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("first") int first,
                         @QueryParam("max") Integer max) {
        Page<OrderView> page = orders.mine(new OrderQuery(null, status, type, null, null, null, null, null), first,
                max == null ? 50 : Math.min(max, 500));
        return Response.ok(array(page)).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{orderNo}")
    public JsonObject one(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(orders.mine(orderNo));
    }

    static jakarta.json.JsonArray array(Page<OrderView> page) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(o -> a.add(OrderJson.order(o)));
        return a.build();
    }
}
