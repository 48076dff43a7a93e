package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.ordering.application.Preview;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/** The JSON of orders, resources and previews (amounts as strings with 2 decimals, times ISO-8601 UTC). */
final class OrderJson {

    private OrderJson() {
    }

    static JsonObject order(OrderView o) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("orderNo", o.orderNo())
                .add("type", o.type())
                .add("status", o.status())
                .add("customerId", String.valueOf(o.customerId()))
                .add("productCode", o.productCode())
                .add("specCode", o.specCode())
                .add("billingMode", o.billingMode())
                .add("nodes", o.nodes())
                .add("periods", o.periods())
                .add("unitPrice", o.unitPrice().stripTrailingZeros().toPlainString())
                .add("priceVersionId", String.valueOf(o.priceVersionId()))
                .add("listAmount", o.listAmount().toString())
                .add("discountAmount", o.discountAmount().toString())
                .add("couponAmount", o.couponAmount().toString())
                .add("cashCouponAmount", o.cashCouponAmount().toString())
                .add("payableAmount", o.payableAmount().toString())
                .add("payFrom", o.payFrom())
                .add("createdAt", o.createdAt().toString())
                .add("createdBy", o.createdBy());
        opt(b, "refundAmount", o.refundAmount());
        opt(b, "usedHours", o.usedHours());
        opt(b, "effectiveAt", o.effectiveAt());
        opt(b, "paymentSplit", o.paymentSplit());
        opt(b, "refundSplit", o.refundSplit());
        opt(b, "resourceId", o.resourceId() == null ? null : String.valueOf(o.resourceId()));
        opt(b, "reason", o.reason());
        opt(b, "expiresAt", o.expiresAt());
        opt(b, "paidAt", o.paidAt());
        if (o.discounts() != null) {
            b.add("discounts", discounts(o));
        }
        opt(b, "couponId", o.couponId());
        if (o.cashCoupons() != null) {
            JsonArrayBuilder c = Json.createArrayBuilder();
            o.cashCoupons().forEach(x -> c.add(Json.createObjectBuilder().add("id", x.id()).add("amount", x.amount().toString())));
            b.add("cashCoupons", c);
        }
        if (!o.timeline().isEmpty()) {
            JsonArrayBuilder t = Json.createArrayBuilder();
            o.timeline().forEach(e -> {
                JsonObjectBuilder x = Json.createObjectBuilder().add("to", e.to()).add("at", e.at().toString()).add("by", e.actor());
                opt(x, "from", e.from());
                opt(x, "note", e.note());
                t.add(x);
            });
            b.add("timeline", t);
        }
        return b.build();
    }

    /**
     * The discounts an order was priced with (SPEC §9's price breakdown), as the quote writes them:
     * {@code [{source, id, rate, amount}]}, source and rate left out when unknown.
     */
    static JsonArrayBuilder discounts(OrderView o) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        o.discounts().forEach(x -> {
            JsonObjectBuilder d = Json.createObjectBuilder().add("id", x.id()).add("amount", x.amount().toString());
            if (x.source() != null) {
                d.add("source", x.source());
            }
            if (x.rate() != null) {
                d.add("rate", OpsMarketingResource.rate(x.rate()));
            }
            out.add(d);
        });
        return out;
    }

    static JsonObject resource(ResourceView r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(r.id()))
                .add("status", r.status())
                .add("productCode", r.productCode())
                .add("specCode", r.specCode())
                .add("billingMode", r.billingMode())
                .add("nodes", r.nodes())
                .add("accumulatedCost", r.accumulatedCost().toString())
                .add("orderNo", r.originOrderNo());
        opt(b, "startsAt", r.startsAt());
        opt(b, "endsAt", r.endsAt());
        opt(b, "accessUrl", r.accessUrl());
        opt(b, "resourcePoolId", r.resourcePoolId());
        opt(b, "pendingOrderNo", r.pendingOrderNo());
        if (r.extra() != null) {
            b.add("extra", Json.createReader(new java.io.StringReader(r.extra())).readObject());
        }
        return b.build();
    }

    static JsonObject preview(Preview p) {
        JsonArrayBuilder to = Json.createArrayBuilder();
        p.refundTo().forEach((account, amount) -> to.add(Json.createObjectBuilder().add("account", account).add("amount", amount.toString())));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", p.type())
                .add("effectiveAt", p.effectiveAt().toString())
                .add("payableAmount", p.payableAmount().toString())
                .add("refundAmount", p.refundAmount().toString())
                .add("refundTo", to);
        opt(b, "usedHours", p.usedHours());
        opt(b, "usedAmount", p.usedAmount());
        opt(b, "newEndsAt", p.newEndsAt());
        return b.build();
    }

    private static void opt(JsonObjectBuilder b, String name, Object value) {
        if (value instanceof Money m) {
            b.add(name, m.toString());
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else if (value instanceof Instant t) {
            b.add(name, t.toString());
        } else if (value != null) {
            b.add(name, value.toString());
        }
    }
}
