package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.AccountService;
import io.suanli.core.billing.application.RechargeService;
import io.suanli.core.billing.application.Reconciliation;
import io.suanli.core.billing.application.TransactionQuery;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The platform ledger for finance (O4): {@code GET /api/v1/ops/ledger?customerId=&type=&channel=&from=&to=&first=&max=}
 * → lines of every customer; {@code GET /api/v1/ops/ledger/channel-totals?from=&to=} → {@code [{channel, in, out, lines}]};
 * {@code GET /api/v1/ops/ledger/reconciliation?day=yyyy-MM-dd} → the daily channel reconciliation {@code {day,
 * channels[{channel, channelCount, channelAmount, ledgerCount, ledgerAmount, difference}], lines[{channel,
 * transactionId, rechargeNo, channelAmount?, ledgerAmount?, at, status, detail?}]}} (day in the platform time zone,
 * today by default).
 */
@Path("/v1/ops/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class OpsLedgerResource {

    @Inject
    AccountService accounts;

    @Inject
    RechargeService recharges;

    @Inject
    PlatformClock clock;

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

    @GET
    @Path("/reconciliation")
    public JsonObject reconciliation(@QueryParam("day") String day) {
        LocalDate d;
        try {
            d = day == null || day.isBlank() ? LocalDate.ofInstant(clock.now(), clock.zone()) : LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("validation.date");
        }
        Reconciliation r = recharges.reconciliation(d);
        JsonArrayBuilder channels = Json.createArrayBuilder();
        r.channels().forEach(c -> channels.add(Json.createObjectBuilder().add("channel", c.channel()).add("channelCount", c.channelCount())
                .add("channelAmount", c.channelAmount().toString()).add("ledgerCount", c.ledgerCount())
                .add("ledgerAmount", c.ledgerAmount().toString()).add("difference", c.difference().toString())));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        r.lines().forEach(l -> {
            var b = Json.createObjectBuilder().add("channel", l.channel()).add("transactionId", l.transactionId())
                    .add("rechargeNo", String.valueOf(l.rechargeNo())).add("at", l.at().toString()).add("status", l.status());
            if (l.channelAmount() != null) {
                b.add("channelAmount", l.channelAmount().toString());
            }
            if (l.ledgerAmount() != null) {
                b.add("ledgerAmount", l.ledgerAmount().toString());
            }
            if (l.detail() != null) {
                b.add("detail", l.detail());
            }
            lines.add(b);
        });
        return Json.createObjectBuilder().add("day", r.day().toString()).add("channels", channels).add("lines", lines).build();
    }
}
