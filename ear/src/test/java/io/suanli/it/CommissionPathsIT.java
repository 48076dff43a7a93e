package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commission follows every way money is consumed and given back (SPEC §10): a customer bound to tier-2 D2 (8 %, its
 * tier-1 D1 overriding 3 %) pays a NEW order, changes it up, changes it down, renews and unsubscribes, has an order
 * rejected, runs pay-as-you-go hours (one of them corrected by an SDR file) and pays what an arrears hour owed. Each
 * charge accrues on its cash-and-credit part, each refund claws back of every accrual of its group in proportion, the
 * full refund of a rejection reverses exactly; and 100 hours charged in parallel accrue exactly 100 lines per
 * distributor.
 */
@ServerTest
@RunAsClient
class CommissionPathsIT extends OrderScenario {

    final DistributionIT distribution = new DistributionIT();

    OrderIT.Customer boundTo(DistributionIT.Pair p, String cash) throws Exception {
        OrderIT.Customer c = distribution.onboarded(p.mine2().getString("customerInviteCode"));
        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"" + cash + "\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
        return c;
    }

    /** The distributor's lines of one source reference, as "KIND/ROLE base×rate=amount", in id order. */
    String of(OrderIT.Customer distributor, String sourceRef) throws Exception {
        JsonArray all = distribution.lines(distributor, "?max=1000");
        return DistributionIT.summary(parse("{\"a\":" + all.stream().filter(v -> v.asJsonObject().getString("sourceRef").equals(sourceRef))
                .map(Object::toString).collect(Collectors.joining(",", "[", "]")) + "}").getJsonArray("a"));
    }

    static String times(String base, String rate) {
        return new BigDecimal(base).multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** −round(accrual × refund ÷ group), the clawback of one accrual. */
    static String back(String accrual, String refund, String group) {
        return new BigDecimal(accrual).multiply(new BigDecimal(refund)).divide(new BigDecimal(group), 2, RoundingMode.HALF_UP).negate().toPlainString();
    }

    @Test
    void everyPrepaidOrderPathAccruesAndEveryRefundClawsBack() throws Exception {
        orders.clock("2026-06-20T00:00:00Z");
        DistributionIT.Pair p = distribution.pair();
        OrderIT.Customer c = boundTo(p, "30000.00");

        // NEW: 2 nodes × 3 months = 9,000.00
        orders.clock("2026-06-30T15:50:00Z");
        JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PREPAID_MONTHLY", 3, null));
        String newNo = o.getString("orderNo");
        OrderIT.ok(orders.pay(c, newNo));
        orders.clock("2026-06-30T16:00:00Z");
        String id = orders.accept(newNo, "2026-06-30T16:00:00Z").getString("resourceId");
        assertEquals("ACCRUAL/DIRECT 9000.00×0.08=720.00", of(p.d2(), newNo));
        assertEquals("ACCRUAL/OVERRIDE 9000.00×0.03=270.00", of(p.d1(), newNo));

        // CHANGE up to 3 nodes: 4,294.16 more
        orders.clock("2026-07-04T20:20:00Z");
        JsonObject up = OrderIT.ok(http.json("POST", "/api/v1/resources/" + id + "/change", "{\"nodes\":3}", "Authorization", c.token()));
        String upNo = up.getString("orderNo");
        assertEquals("4294.16", up.getString("payableAmount"));
        OrderIT.ok(orders.pay(c, upNo));
        orders.approve(upNo);
        assertEquals("ACCRUAL/DIRECT 4294.16×0.08=343.53", of(p.d2(), upNo));
        assertEquals("ACCRUAL/OVERRIDE 4294.16×0.03=128.82", of(p.d1(), upNo));

        // CHANGE down to 1 node: 8,184.79 back, clawed back of both accruals of the group (13,294.16)
        orders.clock("2026-07-08T23:59:00Z");
        JsonObject down = OrderIT.ok(http.json("POST", "/api/v1/resources/" + id + "/change", "{\"nodes\":1}", "Authorization", c.token()));
        assertEquals("8184.79", down.getString("refundAmount"));
        orders.approve(down.getString("orderNo"));
        String downRef = "REF-" + down.getString("orderNo");
        assertEquals("CLAWBACK/DIRECT 8184.79×0.08=" + back("720.00", "8184.79", "13294.16") + ", CLAWBACK/DIRECT 8184.79×0.08="
                + back("343.53", "8184.79", "13294.16"), of(p.d2(), downRef));
        assertEquals("CLAWBACK/OVERRIDE 8184.79×0.03=" + back("270.00", "8184.79", "13294.16") + ", CLAWBACK/OVERRIDE 8184.79×0.03="
                + back("128.82", "8184.79", "13294.16"), of(p.d1(), downRef));

        // RENEW one month of the 1-node resource
        orders.clock("2026-07-09T02:00:00Z");
        JsonObject renew = OrderIT.ok(http.json("POST", "/api/v1/resources/" + id + "/renew", "{\"periods\":1}", "Authorization", c.token()));
        String renewNo = renew.getString("orderNo");
        String renewed = renew.getString("payableAmount");
        OrderIT.ok(orders.pay(c, renewNo));
        orders.approve(renewNo);
        assertEquals("ACCRUAL/DIRECT " + renewed + "×0.08=" + times(renewed, "0.08"), of(p.d2(), renewNo));
        assertEquals("ACCRUAL/OVERRIDE " + renewed + "×0.03=" + times(renewed, "0.03"), of(p.d1(), renewNo));

        // UNSUBSCRIBE: what is left comes back; every accrual of the group gives back its share
        orders.clock("2026-07-10T02:00:00Z");
        JsonObject unsub = OrderIT.ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token()));
        String refund = unsub.getString("refundAmount");
        orders.approve(unsub.getString("orderNo"));
        String unsubRef = "REF-" + unsub.getString("orderNo");
        String clawed = of(p.d2(), unsubRef);
        assertEquals(3, clawed.split(", ").length, "one clawback of each of NEW, CHANGE and RENEW: " + clawed);
        assertTrue(clawed.startsWith("CLAWBACK/DIRECT " + refund + "×0.08="), clawed);
        assertEquals(3, of(p.d1(), unsubRef).split(", ").length, of(p.d1(), unsubRef));

        // a rejected order: accrued when paid, reversed exactly when refunded in full
        orders.clock("2026-07-10T03:00:00Z");
        JsonObject rejected = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null));
        String rejNo = rejected.getString("orderNo");
        OrderIT.ok(orders.pay(c, rejNo));
        OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + rejNo + "/reject", "{\"reason\":\"资源池库存不足\"}", "Authorization", TestCatalog.ops()));
        assertEquals("ACCRUAL/DIRECT 1500.00×0.08=120.00", of(p.d2(), rejNo));
        assertEquals("CLAWBACK/DIRECT 1500.00×0.08=-120.00", of(p.d2(), "REF-" + rejNo));
        assertEquals("CLAWBACK/OVERRIDE 1500.00×0.03=-45.00", of(p.d1(), "REF-" + rejNo));

        // in all: every line of the distributor is one of these paths, and the ledger balances
        JsonArray d2 = distribution.lines(p.d2(), "?max=1000");
        assertEquals(1 + 1 + 2 + 1 + 3 + 2, d2.size(), DistributionIT.summary(d2));
        JsonArray d1 = distribution.lines(p.d1(), "?max=1000");
        assertEquals(d2.size(), d1.size(), "each direct line has its override");
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void payAsYouGoHoursTheirCorrectionAndWhatArrearsOwedAccrueAndClawBack() throws Exception {
        orders.clock("2026-06-20T00:00:00Z");
        DistributionIT.Pair p = distribution.pair();
        OrderIT.Customer c = boundTo(p, "200.00");
        orders.clock("2026-07-01T00:00:00Z");
        JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PAYG", null, null));
        String id = orders.accept(o.getString("orderNo"), null).getString("resourceId");
        String pool = "pool-" + o.getString("orderNo");

        // two hours from an SDR file (2 nodes × 2.50 = 5.00 each), then a correction lowers hour 1 to one node (2.50 back)
        orders.clock("2026-07-01T05:00:00Z");
        SdrImportIT sdr = new SdrImportIT();
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        StringBuilder file = new StringBuilder();
        for (int h = 0; h < 2; h++) {
            for (int i = 0; i < 25; i++) {
                file.append(SdrImportIT.line("dist" + n + "-" + h + "-" + i, "20", pool, "10" + h, "0.08")).append('\n');
            }
        }
        JsonObject imported = sdr.done(parse(sdr.upload(SdrImportIT.name(700_000 + (int) (System.nanoTime() % 100_000)), file.toString()).body())
                .getString("id"));
        assertEquals("IMPORTED", imported.getString("status"), imported.toString());
        assertEquals("10.00", imported.getString("amountCharged"));
        // the file's usage batches (one or more chunks) accrue on what they charged: 10.00 in all
        JsonArray hours = distribution.lines(p.d2(), "?max=1000");
        assertTrue(hours.stream().allMatch(v -> v.asJsonObject().getString("kind").equals("ACCRUAL")), hours.toString());
        assertEquals("0.80", DistributionIT.total(hours), DistributionIT.summary(hours));
        assertEquals("0.30", DistributionIT.total(distribution.lines(p.d1(), "?max=1000")));

        JsonObject corrected = sdr.done(parse(sdr.upload(SdrImportIT.name(800_000 + (int) (System.nanoTime() % 100_000)),
                SdrImportIT.line("dist" + n + "-c1", "30", pool, "101", "1.0") + "\n").body()).getString("id"));
        assertEquals(1, corrected.getInt("corrections"), corrected.toString());
        assertEquals("-2.50", corrected.getString("amountCharged"));
        JsonArray after = distribution.lines(p.d2(), "?kind=CLAWBACK&max=1000");
        assertEquals("-0.20", DistributionIT.total(after), "2.50 of the charged 10.00 back: " + DistributionIT.summary(after));
        assertTrue(DistributionIT.summary(after).startsWith("CLAWBACK/DIRECT 2.50×0.08="), DistributionIT.summary(after));
        assertEquals("-0.08", DistributionIT.total(distribution.lines(p.d1(), "?kind=CLAWBACK&max=1000")),
                "0.30 × 2.50 ÷ 10.00 = 0.075, half up (or 0.15 × 2.50 ÷ 5.00 of the hour's own chunk)");

        // arrears: an hour beyond the funds charges what is there and owes the rest; the top-up collects it, which accrues too
        JsonObject hour = OrderIT.ok(http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + id + "\",\"hour\":\"2026-07-01T03:00:00Z\","
                + "\"amount\":\"200.00\"}", "Authorization", LedgerIT.admin()));
        String charged = hour.getString("charged");
        assertEquals("192.50", charged, "200.00 − 10.00 + 2.50 in the account");
        assertEquals("7.50", hour.getString("owed"));
        assertEquals("ACCRUAL/DIRECT 192.50×0.08=15.40", of(p.d2(), "USE-" + id + "-2026070103"));
        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"50.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"补缴\"}", "Authorization", LedgerIT.finance()));
        OrderIT.ok(http.json("POST", "/api/v1/dev/usage/sweep", null, "Authorization", LedgerIT.admin()));
        JsonArray owed = distribution.lines(p.d2(), "?kind=ACCRUAL&max=1000");
        assertTrue(DistributionIT.summary(owed).endsWith("ACCRUAL/DIRECT 7.50×0.08=0.60"), DistributionIT.summary(owed));
        assertEquals("42.50", orders.account(c).getString("cash"), "the owed 7.50 collected from the top-up");
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void aHundredHoursChargedInParallelAccrueExactlyAHundredLinesPerDistributor() throws Exception {
        orders.clock("2026-06-20T00:00:00Z");
        DistributionIT.Pair p = distribution.pair();
        OrderIT.Customer c = boundTo(p, "1000.00");
        orders.clock("2026-07-01T00:00:00Z");
        List<String> resources = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PAYG", null, null));
            resources.add(orders.accept(o.getString("orderNo"), null).getString("resourceId"));
        }
        orders.clock("2026-07-04T00:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int h = 0; h < 100; h++) {
                String resource = resources.get(h % 2);
                String at = java.time.Instant.parse("2026-07-01T00:00:00Z").plusSeconds(3600L * (h / 2)).toString();
                calls.add(pool.submit(() -> new Http().json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + resource + "\",\"hour\":\""
                        + at + "\",\"amount\":\"2.50\"}", "Authorization", LedgerIT.admin())));
            }
            for (Future<HttpResponse<String>> f : calls) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonArray d2 = distribution.lines(p.d2(), "?max=1000");
        JsonArray d1 = distribution.lines(p.d1(), "?max=1000");
        assertEquals(100, d2.size());
        assertEquals(100, d1.size());
        assertEquals("20.00", DistributionIT.total(d2), "100 × 2.50 × 0.08");
        assertEquals("8.00", DistributionIT.total(d1), "100 × round(2.50 × 0.03 = 0.075) = 100 × 0.08");
        assertEquals(100, d2.stream().map(v -> v.asJsonObject().getString("sourceRef")).distinct().count(), "one line per hour");
        assertEquals("750.00", orders.account(c).getString("cash"));
        LedgerIT.assertReconciled(http, c.id());
    }
}
