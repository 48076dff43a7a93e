package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.AcceptanceService;
import io.suanli.core.ordering.application.OrderQuery;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.ResourceInfo;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

import java.math.BigDecimal;

/**
 * Orders for operations (O4, O6): {@code GET /api/v1/ops/orders?customerId=&status=&type=&productCode=&from=&to=&minAmount=&maxAmount=};
 * {@code GET …/{orderNo}}; {@code POST …/{orderNo}/accept {resourceInfo{resourcePoolId, accessUrl, activatedAt?,
 * extra{…}}}}; {@code POST …/{orderNo}/reject {reason}}; {@code POST …/{orderNo}/approve}; bulk acceptance
 * {@code POST /api/v1/ops/orders/acceptances {orders[{orderNo, resourceInfo{…}}]}} → {@code {orderNo: "OK" | error code}}
 * (each order in a transaction of its own); after a failed automatic provisioning {@code POST …/{orderNo}/provisioned
 * {resourceInfo{…}}} (back-fill by hand) or {@code POST …/{orderNo}/retry-provisioning}.
 */
@Path("/v1/ops/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OpsOrderResource {

    @Inject
    OrderService orders;

    @Inject
    AcceptanceService acceptance;

    @GET
    public Response list(@QueryParam("customerId") Long customerId, @QueryParam("status") String status, @QueryParam("type") String type,
                         @QueryParam("productCode") String productCode, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("minAmount") String minAmount, @QueryParam("maxAmount") String maxAmount,
                         @QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<OrderView> page = orders.all(new OrderQuery(customerId, status, type, productCode, AccountResource.instant(from),
                AccountResource.instant(to), amount(minAmount), amount(maxAmount)), first, max == null ? 50 : Math.min(max, 500));
        return Response.ok(OrderResource.array(page)).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{orderNo}")
    public JsonObject one(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(orders.of(orderNo));
    }

    @POST
    @Path("/{orderNo}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject accept(@PathParam("orderNo") String orderNo, JsonObject body) {
        return OrderJson.order(acceptance.accept(orderNo, info(body == null ? JsonValue.EMPTY_JSON_OBJECT : body)));
    }

    @POST
    @Path("/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_ORDER_ACCEPT)
    public JsonObject acceptAll(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        if (!(b.get("orders") instanceof jakarta.json.JsonArray list)) {
            throw new io.suanli.core.shared.domain.SuanliException("validation.required", "orders");
        }
        java.util.Map<String, ResourceInfo> accepts = new java.util.LinkedHashMap<>();
        for (JsonValue v : list) {
            if (!(v instanceof JsonObject o)) {
                throw new io.suanli.core.shared.domain.SuanliException("request.malformed", "orders");
            }
            accepts.put(JsonBodies.string(o, "orderNo", true), info(o));
        }
        jakarta.json.JsonObjectBuilder out = jakarta.json.Json.createObjectBuilder();
        acceptance.acceptAll(accepts).forEach(out::add);
        return out.build();
    }

    @POST
    @Path("/{orderNo}/provisioned")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject provisioned(@PathParam("orderNo") String orderNo, JsonObject body) {
        return OrderJson.order(acceptance.provisioned(orderNo, info(JsonBodies.require(body))));
    }

    @POST
    @Path("/{orderNo}/retry-provisioning")
    @Consumes(MediaType.WILDCARD)
    public JsonObject retry(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(acceptance.retryProvisioning(orderNo));
    }

    /** Applies an approved change of a resource opened in the cloud once more (after a failure on its timeline). */
    @POST
    @Path("/{orderNo}/retry-cloud-change")
    @Consumes(MediaType.WILDCARD)
    public JsonObject retryCloudChange(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(acceptance.retryCloudChange(orderNo));
    }

    @POST
    @Path("/{orderNo}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_ORDER_ACCEPT)
    public JsonObject reject(@PathParam("orderNo") String orderNo, JsonObject body) {
        return OrderJson.order(acceptance.reject(orderNo, JsonBodies.string(JsonBodies.require(body), "reason", true)));
    }

    @POST
    @Path("/{orderNo}/approve")
    @Consumes(MediaType.WILDCARD)
    public JsonObject approve(@PathParam("orderNo") String orderNo) {
        return OrderJson.order(acceptance.approve(orderNo));
    }

    private static ResourceInfo info(JsonObject b) {
        JsonObject info = b.get("resourceInfo") instanceof JsonObject o ? o : null;
        return info == null ? null : new ResourceInfo(JsonBodies.string(info, "resourcePoolId", false),
                JsonBodies.string(info, "accessUrl", false), JsonBodies.instant(info, "activatedAt"), JsonBodies.stringMap(info, "extra"));
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : io.suanli.core.shared.domain.Money.parseExact(text).amount();
    }
}
