package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.ChargeResult;
import io.suanli.core.billing.application.DevLedgerService;
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
import jakarta.ws.rs.core.MediaType;

/**
 * The ledger's charge and refund API, reachable over HTTP in the dev profile only (system administrators), until
 * orders and usage rating call it themselves: {@code POST /api/v1/dev/charges {customerId, amount, payFrom?,
 * reference}}, {@code POST /api/v1/dev/refunds {customerId, chargeReference, amount, reference}},
 * {@code POST /api/v1/dev/freezes {customerId, amount, reference}}, {@code POST /api/v1/dev/unfreezes {customerId,
 * freezeReference}}. 404 elsewhere.
 */
@Path("/v1/dev")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevChargeResource {

    @Inject
    DevLedgerService ledger;

    @Inject
    PlatformConfig config;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.SecurityContext security;

    @POST
    @Path("/charges")
    public JsonObject charge(JsonObject body) {
        requireDev();
        JsonObject b = JsonBodies.require(body);
        ChargeResult r = ledger.charge(JsonBodies.id(JsonBodies.string(b, "customerId", true), "customerId"), Money.parseExact(JsonBodies.amount(b, "amount")),
                JsonBodies.string(b, "payFrom", false), JsonBodies.string(b, "reference", true));
        return json(r);
    }

    @POST
    @Path("/refunds")
    public JsonObject refund(JsonObject body) {
        requireDev();
        JsonObject b = JsonBodies.require(body);
        ChargeResult r = ledger.refund(JsonBodies.id(JsonBodies.string(b, "customerId", true), "customerId"), JsonBodies.string(b, "reference", true),
                JsonBodies.string(b, "chargeReference", true), Money.parseExact(JsonBodies.amount(b, "amount")));
        return json(r);
    }

    /** Dev profile and system administrators only; everyone else finds nothing here. */
    @POST
    @Path("/freezes")
    public JsonObject freeze(JsonObject body) {
        requireDev();
        JsonObject b = JsonBodies.require(body);
        return json(ledger.freeze(JsonBodies.id(JsonBodies.string(b, "customerId", true), "customerId"), Money.parseExact(JsonBodies.amount(b, "amount")),
                JsonBodies.string(b, "reference", true)));
    }

    @POST
    @Path("/unfreezes")
    public JsonObject unfreeze(JsonObject body) {
        requireDev();
        JsonObject b = JsonBodies.require(body);
        return json(ledger.unfreeze(JsonBodies.id(JsonBodies.string(b, "customerId", true), "customerId"), JsonBodies.string(b, "freezeReference", true)));
    }

    private void requireDev() {
        if (!config.isDev() || security == null || !security.isUserInRole("SYS_ADMIN")) {
            throw new NotFoundException("request.notFound");
        }
    }

    static JsonObject json(ChargeResult r) {
        JsonObjectBuilder split = Json.createObjectBuilder();
        r.split().forEach((k, v) -> split.add(k, v.toString()));
        return Json.createObjectBuilder().add("entryId", String.valueOf(r.entryId())).add("reference", r.reference())
                .add("amount", r.amount().toString()).add("split", split).add("replayed", r.replayed()).build();
    }
}
