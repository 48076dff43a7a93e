package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.TransactionQuery;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The platform ledger for finance (O4): {@code GET /api/v1/ops/ledger?customerId=&type=&channel=&from=&to=&first=&max=}
 * → lines of every customer; {@code GET /api/v1/ops/ledger/channel-totals?from=&to=} → {@code [{channel, in, out, lines}]}.
 */
@Path("/v1/ops/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class OpsLedgerResource {

    @Inject
    AccountService accounts;

    @GET
    public Response lines(@QueryParam("customerId") Long customerId, @QueryParam("type") String type, @QueryParam("channel") String channel,
                          @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("first") int first,
                          @QueryParam("max") Integer max) {
        Page<TransactionView> page = accounts.ledger(new TransactionQuery(customerId, type, channel, AccountResource.instant(from),
                AccountResource.instant(to)), first, max == null ? 50 : Math.min(max, 500));
        return Response.ok(AccountResource.json(page)).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/channel-totals")
    public JsonArray channelTotals(@QueryParam("from") String from, @QueryParam("to") String to) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        accounts.channelTotals(new TransactionQuery(null, null, null, AccountResource.instant(from), AccountResource.instant(to)))
                .forEach(t -> a.add(Json.createObjectBuilder().add("channel", t.channel()).add("in", t.in().toString())
                        .add("out", t.out().toString()).add("lines", t.lines())));
        return a.build();
    }
}
