package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.CashCouponService;
import io.suanli.core.billing.application.IssuedCoupon;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/ops/cash-coupons {faceValue, validFrom?, validTo?}} → {@code {id, code, faceValue, validFrom,
 * validTo}}: finance issues a recharge cash coupon; the code is in this answer only.
 */
@Path("/v1/ops/cash-coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsCashCouponResource {

    @Inject
    CashCouponService coupons;

    @POST
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_FINANCE_ADJUST)
    public Response issue(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        IssuedCoupon c = coupons.issue(JsonBodies.amount(b, "faceValue"), JsonBodies.instant(b, "validFrom"), JsonBodies.instant(b, "validTo"));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", String.valueOf(c.id()))
                .add("code", c.code()).add("faceValue", c.faceValue().toString()).add("validFrom", c.validFrom().toString())
                .add("validTo", c.validTo().toString()).build()).build();
    }
}
