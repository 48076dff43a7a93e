package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.PaymentSimulatorService;
import io.suanli.core.shared.domain.Money;
import jakarta.inject.Inject;
import jakarta.json.Json;
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

/**
 * The payment simulator over HTTP (dev profile; 404 elsewhere): {@code GET /api/v1/dev/payments/{orderNo}?k=} (the
 * order), {@code POST …/{orderNo}/pay?k=} (pay; the notification follows) — for the recharge's own customer, with the
 * pay link's key {@code k}, or for system administrators; 404 for anyone else — and for system administrators
 * {@code POST …/{orderNo}/pay-silently} (pay, notification lost) and
 * {@code GET …/{orderNo}/notification?kind=GENUINE|FORGED|TAMPERED|MISMATCHED&amount=} → {@code {headers{}, body}}
 * to post to the notification endpoint.
 */
@Path("/v1/dev/payments")
@Produces(MediaType.APPLICATION_JSON)
public class DevPaymentResource {

    @Inject
    PaymentSimulatorService simulator;

    @GET
    @Path("/{orderNo}")
    public JsonObject order(@PathParam("orderNo") String orderNo, @QueryParam("k") String key) {
        PaymentSimulatorService.Order o = simulator.order(orderNo, key);
        return Json.createObjectBuilder().add("orderNo", o.orderNumber()).add("amount", o.amount().toString())
                .add("state", o.state()).add("expiresAt", o.expiresAt().toString()).build();
    }

    @POST
    @Path("/{orderNo}/pay")
    @Consumes(MediaType.WILDCARD)
    public JsonObject pay(@PathParam("orderNo") String orderNo, @QueryParam("k") String key) {
        simulator.pay(orderNo, key);
        return order(orderNo, key);
    }

    @POST
    @Path("/{orderNo}/pay-silently")
    @Consumes(MediaType.WILDCARD)
    public JsonObject paySilently(@PathParam("orderNo") String orderNo) {
        String tx = simulator.payWithoutNotification(orderNo);
        return Json.createObjectBuilder(order(orderNo, null)).add("transactionId", tx).build();
    }

    @GET
    @Path("/{orderNo}/notification")
    public JsonObject notification(@PathParam("orderNo") String orderNo, @QueryParam("kind") String kind,
                                   @QueryParam("amount") String amount) {
        PaymentSimulatorService.Notification n = simulator.notification(orderNo, kind,
                amount == null || amount.isBlank() ? Money.ZERO : Money.parseExact(amount));
        JsonObjectBuilder h = Json.createObjectBuilder();
        n.headers().forEach(h::add);
        return Json.createObjectBuilder().add("headers", h).add("body", n.body()).build();
    }
}
