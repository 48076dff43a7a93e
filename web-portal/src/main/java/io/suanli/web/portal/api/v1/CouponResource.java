package io.suanli.web.portal.api.v1;

import io.suanli.core.marketing.application.CouponService;
import io.suanli.core.marketing.application.CouponView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A customer's coupons and deduction cash coupons (U3, 优惠券): {@code GET /api/v1/coupons} →
 * {@code [{id, kind, name, amountOff?, percentOff?, maxOff?, threshold?, faceValue?, balance?, withDiscounts, validFrom,
 * validTo, status: USABLE|HELD|USED|EXPIRED|NOT_YET_VALID}]}, usable first.
 */
@Path("/v1/coupons")
@Produces(MediaType.APPLICATION_JSON)
public class CouponResource {

    @Inject
    CouponService coupons;

    @GET
    public JsonArray mine() {
        JsonArrayBuilder out = Json.createArrayBuilder();
        coupons.mine().forEach(c -> out.add(coupon(c)));
        return out.build();
    }

    static JsonObject coupon(CouponView c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(c.id()))
                .add("kind", c.kind())
                .add("name", c.name())
                .add("withDiscounts", c.withDiscounts())
                .add("validFrom", c.validFrom().toString())
                .add("validTo", c.validTo().toString())
                .add("status", c.status())
                .add("grantedAt", c.grantedAt().toString());
        opt(b, "couponKind", c.couponKind());
        opt(b, "amountOff", c.amountOff());
        opt(b, "percentOff", c.percentOff() == null ? null : c.percentOff().toPlainString());
        opt(b, "maxOff", c.maxOff());
        opt(b, "threshold", c.threshold());
        opt(b, "faceValue", c.faceValue());
        opt(b, "balance", c.balance());
        opt(b, "categoryCode", c.categoryCode());
        opt(b, "productCode", c.productCode());
        opt(b, "specCode", c.specCode());
        if (c.faceValue() != null) {
            b.add("paygAllowed", c.paygAllowed());
        }
        return b.build();
    }

    private static void opt(JsonObjectBuilder b, String field, Object value) {
        if (value != null) {
            b.add(field, value.toString());
        }
    }
}
