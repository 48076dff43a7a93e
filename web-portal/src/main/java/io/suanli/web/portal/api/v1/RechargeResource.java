package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.RechargeService;
import io.suanli.core.billing.application.RechargeView;
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
 * Online recharge (U8): {@code POST /api/v1/recharges {amount, channel}} → {@code {rechargeNo, status, payUrl?,
 * qrCode?, amount, channel, expiresAt}} (201); {@code GET /api/v1/recharges/{rechargeNo}} → the same, after asking
 * the channel when still pending (query on return); {@code GET /api/v1/recharges} → the caller's recharges;
 * {@code GET /api/v1/recharges/channels} → the channels offered.
 */
@Path("/v1/recharges")
@Produces(MediaType.APPLICATION_JSON)
public class RechargeResource {

    @Inject
    RechargeService recharges;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        RechargeView r = recharges.create(JsonBodies.amount(b, "amount"), JsonBodies.string(b, "channel", true));
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    @GET
    @Path("/{rechargeNo}")
    public JsonObject one(@PathParam("rechargeNo") String rechargeNo) {
        return json(recharges.mine(rechargeNo));
    }

    @GET
    public Response list(@QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<RechargeView> page = recharges.myRecharges(first, max == null ? 50 : Math.min(max, 500));
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(r -> a.add(json(r)));
        return Response.ok(a.build()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/channels")
    public jakarta.json.JsonArray channels() {
        return Json.createArrayBuilder(recharges.channels()).build();
    }

    static JsonObject json(RechargeView r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("rechargeNo", r.rechargeNo())
                .add("status", r.status())
                .add("amount", r.amount().toString())
                .add("channel", r.channel())
                .add("createdAt", r.createdAt().toString())
                .add("expiresAt", r.expiresAt().toString());
        if (r.payUrl() != null) {
            b.add("payUrl", r.payUrl());
        }
        if (r.qrCode() != null) {
            b.add("qrCode", r.qrCode());
        }
        if (r.paidAt() != null) {
            b.add("paidAt", r.paidAt().toString());
        }
        return b.build();
    }
}
