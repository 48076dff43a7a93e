package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resources after they opened, with the clock moved (U7, §8): pay-as-you-go hourly charges (idempotent per hour),
 * arrears when funds run out, frozen after the grace period, back to active when the owed usage is collected,
 * released after the retention period; a prepaid resource expiring at its end, frozen after the grace, released.
 */
@ServerTest
@RunAsClient
class ResourceLifecycleIT extends OrderScenario {

    JsonObject usage(String resourceId, String hour, String amount) throws Exception {
        return OrderIT.ok(http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + resourceId + "\",\"hour\":\"" + hour
                + "\",\"amount\":\"" + amount + "\"}", "Authorization", LedgerIT.admin()));
    }

    JsonObject sweep() throws Exception {
        return OrderIT.ok(http.json("POST", "/api/v1/dev/usage/sweep", null, "Authorization", LedgerIT.admin()));
    }

    String status(OrderIT.Customer c, String id) throws Exception {
        return OrderIT.ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("status");
    }

    @Test
    void payAsYouGoChargesHourlyFallsIntoArrearsFreezesRecoversAndIsReleased() throws Exception {
        OrderIT.Customer poor = orders.customer("99.99", "0.00");
        assertEquals("order.paygFundsTooLow", orders.refused(orders.order(poor, catalog.spec(), 2, "PAYG", null, null)));

        OrderIT.Customer c = orders.customer("100.00", "0.00");
        orders.clock("2026-07-01T00:00:00Z");
        JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PAYG", null, null));
        assertEquals("AWAITING_ACCEPTANCE", o.getString("status"), "nothing to pay up front");
        assertEquals("0.00", o.getString("payableAmount"));
        String id = orders.accept(o.getString("orderNo"), null).getString("resourceId");
        assertEquals("ACTIVE", status(c, id));

        JsonObject first = usage(id, "2026-07-01T00:00:00Z", "5.00");
        assertEquals("5.00", first.getString("charged"));
        JsonObject replay = usage(id, "2026-07-01T00:00:00Z", "5.00");
        assertTrue(replay.getBoolean("replayed"));
        assertEquals("95.00", orders.account(c).getString("cash"), "the hour is charged once");

        JsonObject drained = usage(id, "2026-07-01T01:00:00Z", "95.00");
        assertEquals("ARREARS", drained.getString("status"), "funds at zero");
        JsonObject owed = usage(id, "2026-07-01T02:00:00Z", "5.00");
        assertEquals("0.00", owed.getString("charged"));
        assertEquals("5.00", owed.getString("owed"));
        assertEquals("0.00", orders.account(c).getString("cash"), "never below zero");

        orders.clock("2026-07-02T01:30:00Z"); // 24 h of arrears
        sweep();
        assertEquals("FROZEN", status(c, id));

        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"50.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"补缴\"}", "Authorization", LedgerIT.finance()));
        sweep();
        assertEquals("ACTIVE", status(c, id), "funds are back");
        assertEquals("45.00", orders.account(c).getString("cash"), "the owed 5.00 collected");
        assertEquals("105.00", OrderIT.ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("accumulatedCost"));

        usage(id, "2026-07-02T02:00:00Z", "45.00");
        orders.clock("2026-07-03T03:00:00Z");
        sweep();
        assertEquals("FROZEN", status(c, id));
        orders.clock("2026-07-18T03:00:00Z"); // 15 days frozen
        sweep();
        assertEquals("RELEASED", status(c, id));
        HttpResponse<String> late = http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + id + "\",\"hour\":\"2026-06-30T00:00:00Z\","
                + "\"amount\":\"1.00\"}", "Authorization", LedgerIT.admin());
        assertEquals("resource.usageOutsideLife", orders.refused(late), "usage before activation");
        assertEquals(404, http.json("POST", "/api/v1/dev/usage/sweep", null, "Authorization", c.token()).statusCode());
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void aPrepaidResourceExpiresAtItsEndFreezesAfterTheGraceAndIsReleased() throws Exception {
        OrderIT.Customer c = orders.customer("2000.00", "0.00");
        String id = orders.opened(c, 1, "PREPAID_MONTHLY", 1, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        orders.clock("2026-07-31T15:59:00Z");
        sweep();
        assertEquals("ACTIVE", status(c, id));
        orders.clock("2026-07-31T16:00:00Z");
        sweep();
        assertEquals("EXPIRED", status(c, id));
        assertEquals("resource.notActive", orders.refused(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe/preview", null,
                "Authorization", c.token())), "an expired resource cannot be unsubscribed");
        orders.clock("2026-08-07T16:00:00Z");
        sweep();
        assertEquals("FROZEN", status(c, id));
        orders.clock("2026-08-22T16:00:00Z");
        sweep();
        assertEquals("RELEASED", status(c, id));
        assertEquals(3, TestUsers.count("select count(*) from audit_event where target = '" + id + "' and action in "
                + "('RESOURCE_EXPIRED', 'RESOURCE_FROZEN', 'RESOURCE_RELEASED')"));
    }
}
