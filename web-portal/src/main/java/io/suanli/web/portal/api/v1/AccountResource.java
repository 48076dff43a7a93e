package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.AccountView;
import io.suanli.core.billing.application.TransactionQuery;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The caller's account (U8): {@code GET /api/v1/account} → {@code {cash, credit{limit, used, available}, frozen,
 * cashCoupon, consumed}}; {@code GET /api/v1/transactions?type=&channel=&from=&to=&first=&max=} → ledger lines
 * {@code [{at, type, channel, amount, balanceAfter, ref}]}, newest first, the total in {@code X-Total-Count}.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    io.suanli.core.billing.application.CashCouponService coupons;

    @GET
    @Path("/account")
    public JsonObject account() {
        return json(accounts.mine());
    }

    @GET
    @Path("/transactions")
    public Response transactions(@QueryParam("type") String type, @QueryParam("channel") String channel,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("first") int first, @QueryParam("max") Integer max) {
        Page<TransactionView> page = accounts.myTransactions(new TransactionQuery(null, type, channel, instant(from), instant(to)),
                first, max == null ? 50 : Math.min(max, 500));
        return Response.ok(json(page)).header("X-Total-Count", page.total()).build();
    }

    /** {@code POST /api/v1/account/cash-coupons {code}}: redeems a recharge cash coupon into the cash-coupon balance. */
    @jakarta.ws.rs.POST
    @Path("/account/cash-coupons")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public JsonObject redeem(JsonObject body) {
        coupons.redeem(JsonBodies.string(JsonBodies.require(body), "code", true).toCharArray());
        return json(accounts.mine());
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("validation.instant");
        }
    }

    static JsonObject json(AccountView a) {
        return Json.createObjectBuilder()
                .add("customerId", String.valueOf(a.customerId()))
                .add("cash", a.cash().toString())
                .add("credit", Json.createObjectBuilder().add("limit", a.creditLimit().toString()).add("used", a.creditUsed().toString())
                        .add("available", a.creditAvailable().toString()))
                .add("frozen", a.frozen().toString())
                .add("cashCoupon", a.cashCoupon().toString())
                .add("consumed", a.consumed().toString())
                .build();
    }

    static jakarta.json.JsonArray json(Page<TransactionView> page) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(t -> a.add(json(t)));
        return a.build();
    }

    static JsonObject json(TransactionView t) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("at", t.at().toString())
                .add("type", t.type())
                .add("channel", t.channel())
                .add("account", t.account())
                .add("amount", money(t.amount()))
                .add("balanceAfter", t.balanceAfter() == null ? "" : money(t.balanceAfter()))
                .add("ref", t.reference())
                .add("entryId", String.valueOf(t.entryId()));
        if (t.memo() != null) {
            b.add("memo", t.memo());
        }
        return b.build();
    }

    private static String money(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
