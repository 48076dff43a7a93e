package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bills built from the ledger (U8, O4): a prepaid order paid on 30 June (Beijing time) and unsubscribed per §8 in July,
 * pay-as-you-go usage in July; each month computed on the fly, then kept — twice, with the same lines — and filtered
 * by order type and billing mode.
 */
@ServerTest
@RunAsClient
class BillIT extends OrderScenario {

    static List<String> lines(JsonObject bill) {
        return bill.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .map(l -> l.getString("billingMode") + " " + l.getString("orderType") + " " + l.getString("kind") + " " + l.getString("amount"))
                .sorted().collect(Collectors.toList());
    }

    @Test
    void aMonthOfOrdersRefundsAndUsageIsBilledFromTheLedger() throws Exception {
        OrderIT.Customer c = orders.customer("6000.00", "3000.00");
        String id = orders.opened(c, 2, "PREPAID_MONTHLY", 3, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        orders.clock("2026-07-04T20:20:00Z");
        orders.approve(OrderIT.ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token())).getString("orderNo"));
        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"100.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"按量预存\"}", "Authorization", LedgerIT.finance()));
        JsonObject payg = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PAYG", null, null));
        String paygId = orders.accept(payg.getString("orderNo"), null).getString("resourceId");
        OrderIT.ok(http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + paygId + "\",\"hour\":\"2026-07-04T20:00:00Z\","
                + "\"amount\":\"5.00\"}", "Authorization", LedgerIT.admin()));

        JsonObject june = OrderIT.ok(http.get("/api/v1/bills/2026-06", "Authorization", c.token()));
        assertEquals(List.of("PREPAID_MONTHLY NEW CHARGE 9000.00"), lines(june), "paid at 23:50 on 30 June, Beijing time");
        JsonObject july = OrderIT.ok(http.get("/api/v1/bills/2026-07", "Authorization", c.token()));
        assertFalse(july.getBoolean("kept"), "the month is computed from the ledger until it is kept");
        assertEquals("5.00", july.getString("charged"));
        assertEquals("8588.32", july.getString("refunded"));
        assertEquals("-8583.32", july.getString("total"));
        List<String> expected = List.of("PAYG USAGE CHARGE 5.00", "PREPAID_MONTHLY UNSUBSCRIBE REFUND -8588.32");
        assertEquals(expected, lines(july));
        JsonArray periods = parse("{\"a\":" + http.get("/api/v1/bills", "Authorization", c.token()).body() + "}").getJsonArray("a");
        assertTrue(periods.stream().anyMatch(p -> p.toString().contains("2026-07")), periods.toString());

        String path = "/api/v1/ops/bills/" + c.id() + "/2026-07";
        JsonObject kept = OrderIT.ok(http.json("POST", path, null, "Authorization", LedgerIT.finance()));
        JsonObject again = OrderIT.ok(http.json("POST", path, null, "Authorization", LedgerIT.finance()));
        assertTrue(again.getBoolean("kept"));
        assertEquals(expected, lines(kept));
        assertEquals(expected, lines(again), "building again yields the same bill");
        assertEquals(1, TestUsers.count("select count(*) from bill where customer_id = " + c.id() + " and period = '2026-07'"));
        assertEquals(2, TestUsers.count("select count(*) from bill_line l join bill b on l.bill_id = b.id where b.customer_id = " + c.id()));
        assertEquals(expected, lines(OrderIT.ok(http.get("/api/v1/bills/2026-07", "Authorization", c.token()))));

        JsonArray unsubscribed = parse("{\"a\":" + http.get("/api/v1/ops/bills?period=2026-07&customerId=" + c.id() + "&orderType=UNSUBSCRIBE",
                "Authorization", LedgerIT.finance()).body() + "}").getJsonArray("a");
        assertEquals(1, unsubscribed.size());
        assertEquals("-8588.32", unsubscribed.getJsonObject(0).getString("amount"));
        JsonArray usage = parse("{\"a\":" + http.get("/api/v1/ops/bills?period=2026-07&customerId=" + c.id() + "&billingMode=PAYG",
                "Authorization", LedgerIT.finance()).body() + "}").getJsonArray("a");
        assertEquals(1, usage.size());
        assertTrue(OrderIT.ok(http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"2026-07\"}", "Authorization", LedgerIT.finance()))
                .getInt("bills") >= 1);

        assertEquals("bill.periodInvalid", orders.refused(http.get("/api/v1/bills/2026-13", "Authorization", c.token())));
        assertEquals(403, http.get("/api/v1/ops/bills?period=2026-07", "Authorization", c.token()).statusCode());
        assertEquals(403, http.json("POST", path, null, "Authorization", c.token()).statusCode());
        OrderIT.Customer other = orders.customer("10.00", "0.00");
        assertEquals("0.00", OrderIT.ok(http.get("/api/v1/bills/2026-07", "Authorization", other.token())).getString("total"),
                "another customer sees only its own bill");
    }
}
