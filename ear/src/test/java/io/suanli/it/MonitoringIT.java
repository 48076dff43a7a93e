package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resource monitoring against the dev profile's HCSO simulator (U7, U9): a resource opened in the cloud has accelerator,
 * CPU and memory series for each period, its renewal preview carries the idle hint, another customer cannot see it, a
 * resource opened by hand is explicitly not monitored, and the overview counts instances and adds the ledger's charges
 * and refunds per product, split shared pool / dedicated pool, to the fen.
 */
@ServerTest
@RunAsClient
class MonitoringIT {

    final Http http = new Http();
    final OrderIT orders = new OrderIT();
    final ProvisioningIT provisioning = new ProvisioningIT();

    @Test
    void utilisationOverviewAndIdleHint() throws Exception {
        TestCatalog.Built dedicated = TestCatalog.build(true, "1500.00", null, "2.500000", "IT_MON_DEDICATED", "hcso-sim");
        TestCatalog.Built shared = TestCatalog.build(true, "888.88", null, "1.100000", "IT_MON_SHARED", null);
        OrderIT.ok(http.json("PUT", "/api/v1/ops/catalog/resource-types/IT_MON_SHARED", "{\"nameZh\":\"测试公共池\",\"nameEn\":\"Test shared pool\","
                + "\"hcsoServiceType\":\"hws.service.type.ma\",\"hcsoResourceType\":\"hws.resource.type.ma.sharedpool\"}", "Authorization", TestCatalog.ops()));
        OrderIT.Customer c = orders.customer("10000.00", "0.00");

        // a dedicated pool opened by the simulator
        String orderNo = OrderIT.ok(orders.order(c, dedicated.spec(), 2, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        OrderIT.ok(orders.pay(c, orderNo));
        assertEquals("PROVISIONING", OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/accept", "{}", "Authorization",
                TestCatalog.ops())).getString("status"));
        String resourceId = provisioning.awaitOrder(c, orderNo, o -> o.getString("status").equals("COMPLETED")).getString("resourceId");

        JsonObject day = OrderIT.ok(http.get("/api/v1/resources/" + resourceId + "/metrics?period=24h", "Authorization", c.token()));
        assertEquals("OK", day.getString("state"), day.toString());
        assertEquals(1200, day.getInt("granularitySeconds"));
        JsonArray series = day.getJsonArray("series");
        assertEquals(3, series.size());
        assertEquals("accelerator", series.getJsonObject(0).getString("measure"));
        assertEquals("npu_util", series.getJsonObject(0).getString("metric"));
        assertEquals("cpu", series.getJsonObject(1).getString("measure"));
        assertEquals("memory", series.getJsonObject(2).getString("measure"));
        for (JsonValue v : series) {
            JsonArray points = v.asJsonObject().getJsonArray("points");
            assertEquals(72, points.size(), "24 hours of 20-minute points");
            for (JsonValue p : points) {
                String value = p.asJsonObject().getString("value");
                assertTrue(value.matches("\\d{1,3}\\.\\d{2}"), value);
                BigDecimal d = new BigDecimal(value);
                assertTrue(d.signum() >= 0 && d.compareTo(new BigDecimal("100")) <= 0, value);
            }
        }
        JsonObject again = OrderIT.ok(http.get("/api/v1/resources/" + resourceId + "/metrics?period=24h", "Authorization", c.token()));
        assertEquals(day.getJsonArray("series"), again.getJsonArray("series"), "the simulator's series are deterministic per pool");
        assertEquals(12, OrderIT.ok(http.get("/api/v1/resources/" + resourceId + "/metrics?period=1h", "Authorization", c.token()))
                .getJsonArray("series").getJsonObject(0).getJsonArray("points").size());
        assertEquals(168, OrderIT.ok(http.get("/api/v1/resources/" + resourceId + "/metrics?period=7d", "Authorization", c.token()))
                .getJsonArray("series").getJsonObject(0).getJsonArray("points").size());
        assertEquals("monitoring.periodInvalid", orders.refused(http.get("/api/v1/resources/" + resourceId + "/metrics?period=2w",
                "Authorization", c.token())));

        // another customer does not see it; operations do
        OrderIT.Customer other = orders.customer("0.00", "0.00");
        HttpResponse<String> foreign = http.get("/api/v1/resources/" + resourceId + "/metrics?period=24h", "Authorization", other.token());
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals("resource.notFound", parse(foreign.body()).getString("code"));
        assertEquals("OK", OrderIT.ok(http.get("/api/v1/ops/resources/" + resourceId + "/metrics?period=1h", "Authorization", TestCatalog.ops()))
                .getString("state"));
        assertEquals(403, http.get("/api/v1/ops/resources/" + resourceId + "/metrics", "Authorization", c.token()).statusCode());

        // the renewal preview carries the idle hint: the 7-day accelerator average against the 10 % threshold
        JsonObject renew = OrderIT.ok(http.json("POST", "/api/v1/resources/" + resourceId + "/renew/preview", "{\"periods\":1}",
                "Authorization", c.token()));
        JsonObject hint = renew.getJsonObject("idleHint");
        assertNotNull(hint, renew.toString());
        assertEquals(7, hint.getInt("days"));
        assertEquals("10", hint.getString("thresholdPercent"));
        BigDecimal week = new BigDecimal(hint.getString("averagePercent"));
        assertEquals(week.compareTo(BigDecimal.TEN) < 0, hint.getBoolean("idle"));

        // a shared-pool resource opened by hand: not monitored, said so
        String sharedOrder = OrderIT.ok(orders.order(c, shared.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        OrderIT.ok(orders.pay(c, sharedOrder));
        String sharedResource = orders.accept(sharedOrder, null).getString("resourceId");
        JsonObject none = OrderIT.ok(http.get("/api/v1/resources/" + sharedResource + "/metrics", "Authorization", c.token()));
        assertEquals("NOT_MONITORED", none.getString("state"));
        assertEquals("monitoring.notMonitored", none.getString("messageCode"));
        assertTrue(none.getJsonArray("series").isEmpty(), "no made-up numbers");
        assertFalse(OrderIT.ok(http.json("POST", "/api/v1/resources/" + sharedResource + "/renew/preview", "{\"periods\":1}",
                "Authorization", c.token())).containsKey("idleHint"), "no data, no hint");

        // unsubscribing the shared resource refunds part of it
        String unsubscribe = OrderIT.ok(http.json("POST", "/api/v1/resources/" + sharedResource + "/unsubscribe", null, "Authorization", c.token()))
                .getString("orderNo");
        BigDecimal refund = new BigDecimal(orders.approve(unsubscribe).getString("refundAmount"));
        assertTrue(refund.signum() > 0 && refund.compareTo(new BigDecimal("888.88")) <= 0, refund.toString());

        // the overview: instances, spend, consumption per product and kind, to the fen
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject overview = OrderIT.ok(http.get("/api/v1/monitoring/overview?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "Authorization", c.token()));
        assertEquals(2, overview.getInt("totalInstances"), overview.toString());
        assertEquals(1, overview.getJsonObject("instances").getInt("ACTIVE"));
        assertEquals(1, overview.getJsonObject("instances").getInt("UNSUBSCRIBED"));
        assertEquals(0, overview.getJsonObject("instances").getInt("PROVISIONING"));
        assertTrue(overview.getJsonArray("provisioning").isEmpty());
        assertTrue(overview.getBoolean("spendVisible"));
        String sharedNet = new BigDecimal("888.88").subtract(refund).setScale(2).toPlainString();
        String total = new BigDecimal("3888.88").subtract(refund).setScale(2).toPlainString();
        assertEquals(total, overview.getString("accumulatedSpend"));
        assertEquals(total, overview.getString("periodTotal"));
        assertEquals("3000.00", overview.getJsonObject("consumptionByPoolKind").getString("DEDICATED"));
        assertEquals(sharedNet, overview.getJsonObject("consumptionByPoolKind").getString("SHARED"));
        assertEquals("0.00", overview.getJsonObject("consumptionByPoolKind").getString("OTHER"));
        JsonArray lines = overview.getJsonArray("consumption");
        assertEquals(2, lines.size());
        JsonObject first = lines.getJsonObject(0);
        assertEquals(shared.product(), first.getString("productCode"), "shared first");
        assertEquals("SHARED", first.getString("poolKind"));
        assertEquals("888.88", first.getString("charged"));
        assertEquals(refund.setScale(2).toPlainString(), first.getString("refunded"));
        assertEquals(sharedNet, first.getString("net"));
        assertEquals(dedicated.product(), lines.getJsonObject(1).getString("productCode"));
        assertEquals("DEDICATED", lines.getJsonObject(1).getString("poolKind"));
        assertEquals("3000.00", lines.getJsonObject(1).getString("net"));

        // a period before everything: no consumption, the accumulated spend unchanged
        JsonObject before = OrderIT.ok(http.get("/api/v1/monitoring/overview?from=2020-01-01&to=2020-01-31", "Authorization", c.token()));
        assertEquals("0.00", before.getString("periodTotal"));
        assertTrue(before.getJsonArray("consumption").isEmpty());
        assertEquals(total, before.getString("accumulatedSpend"));
        assertEquals("monitoring.periodOrder", orders.refused(http.get("/api/v1/monitoring/overview?from=2026-02-01&to=2026-01-01",
                "Authorization", c.token())));
        assertEquals("monitoring.dateInvalid", orders.refused(http.get("/api/v1/monitoring/overview?from=yesterday", "Authorization", c.token())));
        assertEquals("monitoring.periodTooLong", orders.refused(http.get("/api/v1/monitoring/overview?from=2024-01-01&to=2025-12-31",
                "Authorization", c.token())));
        JsonObject fresh = OrderIT.ok(http.get("/api/v1/monitoring/overview", "Authorization", other.token()));
        assertEquals(0, fresh.getInt("totalInstances"));
        assertEquals("0.00", fresh.getString("accumulatedSpend"), "another customer's overview is its own");
    }
}
