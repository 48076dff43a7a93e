package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SDR import (B1) end to end on MariaDB: a file uploaded, its good records rated with the price version in force
 * at each hour and charged once per resource and hour, its bad lines listed with line numbers and never charged; the
 * same file again recognised; the same records under another name taken zero times; a correction and a late record
 * adjusting the charge; a file above the error ratio rejected; an import stopped mid-file and restarted charging
 * exactly what an uninterrupted import charges.
 */
@ServerTest
@RunAsClient
class SdrImportIT {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100000));
    static TestCatalog.Built catalog;
    final Http http = new Http();
    final OrderIT orders = new OrderIT();

    /** 2.50 per node-hour from 1 June, 3.00 from 1 July 02:00 (a new version: hours before it keep the old price). */
    @BeforeAll
    static void product() throws Exception {
        Http http = new Http();
        String admin = LedgerIT.admin();
        try {
            OrderIT.ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2026-06-01T00:00:00Z\"}", "Authorization", admin));
            catalog = TestCatalog.build(true, "1500.00", "15000.00", "2.500000");
            OrderIT.ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + catalog.strategy() + "/prices", "{\"specCode\":\"" + catalog.spec()
                    + "\",\"billingMode\":\"PAYG\",\"unit\":\"NODE_HOUR\",\"amount\":\"3.000000\",\"effectiveFrom\":\"2026-07-01T02:00:00Z\"}",
                    "Authorization", TestCatalog.ops()));
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", admin);
        }
    }

    @AfterEach
    void resetClock() throws Exception {
        orders.resetClock();
    }

    /** A PAYG resource of 2 nodes opened at 2026-07-01T00:00Z; answers [resource id, cloud pool id]. */
    String[] payg(OrderIT.Customer c) throws Exception {
        orders.clock("2026-07-01T00:00:00Z");
        JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PAYG", null, null));
        JsonObject accepted = orders.accept(o.getString("orderNo"), null);
        return new String[]{accepted.getString("resourceId"), "pool-" + o.getString("orderNo")};
    }

    static String line(String id, String type, String pool, String hour, String usage) {
        String h = "2026070" + hour.substring(0, 1) + hour.substring(1); // dHH
        return id + "|" + type + "|" + h + "0500|0b7c1f9e2d3a4c5b8e6f7a8b9c0d0000|cn-north-4|cn-north-4c|hws.service.type.modelarts|"
                + "hws.resource.type.ma.pool|modelarts.pool.it|" + pool + "|chargeMode=PAYG|" + h + "0000|" + next(h) + "0000|3600|" + usage + "|NODE_HOUR";
    }

    private static String next(String dHH) {
        int day = dHH.charAt(7) - '0';
        int hour = Integer.parseInt(dHH.substring(8, 10)) + 1;
        if (hour == 24) {
            day++;
            hour = 0;
        }
        return dHH.substring(0, 7) + day + String.format("%02d", hour);
    }

    static String name(int seq) {
        return "it-hcso_20260701050000_" + seq + ".sdr";
    }

    HttpResponse<String> upload(String name, String content) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Deployments.BASE + "/api/v1/system/sdr/files?name=" + name))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain").header("Authorization", LedgerIT.admin()).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r, HttpResponse.BodyHandlers.ofString());
    }

    JsonObject file(String id) throws Exception {
        return OrderIT.ok(http.get("/api/v1/system/sdr/files/" + id, "Authorization", LedgerIT.admin()));
    }

    /** Waits until the file's import has ended (imported, rejected or failed). */
    JsonObject done(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonObject f = file(id);
            if (!f.getString("status").equals("IMPORTING") && !f.getString("status").equals("RECEIVED")) {
                return f;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import of file " + id + " did not end: " + file(id));
    }

    Map<Long, String> errors(String fileId) throws Exception {
        JsonArray a = parse("{\"a\":" + http.get("/api/v1/system/sdr/files/" + fileId + "/errors?max=1000", "Authorization", LedgerIT.admin()).body() + "}")
                .getJsonArray("a");
        return a.stream().map(v -> v.asJsonObject()).collect(Collectors.toMap(o -> o.getJsonNumber("line").longValue(), o -> o.getString("reason")));
    }

    @Test
    void importRatesWithThePriceOfEachHourChargesOnceAndListsBadLines() throws Exception {
        OrderIT.Customer c = orders.customer("100.00", "0.00");
        String[] res = payg(c);
        String pool = res[1];
        orders.clock("2026-07-01T05:00:00Z");
        String p = "r" + SEQ.incrementAndGet() + "-";
        StringBuilder good = new StringBuilder();
        int n = 0;
        for (int h = 0; h < 4; h++) { // 25 records an hour: 2 nodes in hours 0-2, 1.5 in hour 3
            for (int i = 0; i < 25; i++) {
                good.append(line(p + n++, "20", pool, "1" + "0" + h, h < 3 ? "0.08" : "0.06")).append('\n');
            }
        }
        String bad = line(p + "x1", "20", "no-such-pool", "101", "1") + "\n"      // line 101: unknown resource
                + line(p + "x2", "20", pool, "101", "-1") + "\n"                  // 102: negative usage
                + line(p + "0", "20", pool, "101", "1") + "\n"                    // 103: duplicate of line 1
                + "only|three|fields\n"                                           // 104: field count
                + line(p + "x3", "20", pool, "123", "1") + "\n"                   // 105: in the future
                + "\n";                                                           // blank
        String content = good + bad;
        HttpResponse<String> up = upload(name(SEQ.incrementAndGet()), content);
        assertEquals(201, up.statusCode(), up.body());
        String fileId = parse(up.body()).getString("id");
        JsonObject f = done(fileId);
        assertEquals("IMPORTED", f.getString("status"), f.toString());
        assertEquals(100, f.getInt("records"));
        assertEquals(5, f.getInt("errors"));
        assertEquals(1, f.getInt("duplicates"));
        assertEquals(4, f.getInt("hoursRated"));
        // hours 0, 1 at 2.50 × 2 = 5.00 each; hour 2 at 3.00 × 2 = 6.00; hour 3 at 3.00 × 1.5 = 4.50
        assertEquals("20.50", f.getString("amountCharged"));
        assertEquals("79.50", orders.account(c).getString("cash"));
        assertEquals(Map.of(101L, "UNKNOWN_RESOURCE", 102L, "NEGATIVE_USAGE", 103L, "DUPLICATE_RECORD_ID", 104L, "FIELD_COUNT",
                105L, "FUTURE_TIME"), errors(fileId));

        // the same file again: recognised, not imported again
        HttpResponse<String> again = upload(name(SEQ.incrementAndGet()), content);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(parse(again.body()).getBoolean("duplicate"));
        assertEquals(fileId, parse(again.body()).getString("id"));

        // the same records in another file: every record id already taken, nothing charged
        HttpResponse<String> replay = upload(name(SEQ.incrementAndGet()), good + "\n");
        assertEquals(201, replay.statusCode(), replay.body());
        JsonObject r = done(parse(replay.body()).getString("id"));
        assertEquals("IMPORTED", r.getString("status"), r.toString());
        assertEquals(0, r.getInt("records"));
        assertEquals(100, r.getInt("duplicates"));
        assertEquals("0.00", r.getString("amountCharged"));
        assertEquals("79.50", orders.account(c).getString("cash"));

        // a correction lowers hour 1 to 1 node (5.00 → 2.50, refunded); a late record adds 0.4 node to hour 0 (+1.00)
        String fix = line(p + "c1", "30", pool, "101", "1.0") + "\n" + line(p + "late1", "20", pool, "100", "0.4") + "\n";
        JsonObject corrected = done(parse(upload(name(SEQ.incrementAndGet()), fix).body()).getString("id"));
        assertEquals("IMPORTED", corrected.getString("status"), corrected.toString());
        assertEquals(1, corrected.getInt("corrections"));
        assertEquals("-1.50", corrected.getString("amountCharged"));
        assertEquals("81.00", orders.account(c).getString("cash"));
        assertEquals("19.00", OrderIT.ok(http.get("/api/v1/resources/" + res[0], "Authorization", c.token())).getString("accumulatedCost"));
        LedgerIT.assertReconciled(http, c.id());
        // the month's bill: the usage charge and the correction's refund, on the PAYG usage lines
        JsonObject bill = OrderIT.ok(http.get("/api/v1/bills/2026-07", "Authorization", c.token()));
        assertEquals("21.50", bill.getString("charged"), bill.toString());
        assertEquals("2.50", bill.getString("refunded"), bill.toString());
        assertEquals("19.00", bill.getString("total"), bill.toString());
        assertTrue(bill.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .allMatch(l -> l.getString("billingMode").equals("PAYG") && l.getString("orderType").equals("USAGE")), bill.toString());

        // records query by resource: 100 + 2 taken
        HttpResponse<String> q = http.get("/api/v1/system/sdr/records?resourceId=" + res[0] + "&max=5", "Authorization", LedgerIT.admin());
        assertEquals(200, q.statusCode(), q.body());
        assertEquals("102", q.headers().firstValue("X-Total-Count").orElse(""));

        // staff other than system administrators and customers see nothing
        assertEquals(403, http.get("/api/v1/system/sdr/files", "Authorization", TestCatalog.ops()).statusCode());
        assertTrue(http.get("/api/v1/system/sdr/files/" + fileId, "Authorization", c.token()).statusCode() >= 403);
    }

    /**
     * SPEC §9 on SDR rating: a customer discount of 0.80 prices each hour (5.00 → 4.00, 5.00 → 4.00, 6.00 → 4.80), a
     * pay-as-you-go cash coupon of 3.00 pays first (3.00 of hour 0), cash the rest (9.80), the bill's discount column
     * shows the 3.20 off; a correction lowering hour 0 to one node (2.50 → 2.00) refunds the 1.00 cash of that hour and
     * never what the cash coupon paid.
     */
    @Test
    void hoursAreRatedWithTheDiscountsOfTheirHourAndPaidByPaygCashCouponsFirst() throws Exception {
        OrderIT.Customer c = orders.customer("100.00", "0.00");
        String discount = OrderIT.ok(http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + catalog.product()
                + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"按量8折\",\"scope\":\"CUSTOMER\",\"customerId\":\"" + c.id()
                + "\",\"rate\":\"0.80\"}", "Authorization", TestCatalog.ops())).getString("id");
        try {
            String batch = OrderIT.ok(http.json("POST", "/api/v1/ops/marketing/batches", "{\"productCode\":\"" + catalog.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\",\"kind\":\"DEDUCTION_CASH_COUPON\","
                    + "\"name\":\"按量抵扣3-" + c.id() + "\",\"quantity\":1,\"faceValue\":\"3.00\",\"paygAllowed\":true}",
                    "Authorization", TestCatalog.ops())).getString("id");
            assertEquals(1, OrderIT.ok(http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/grants", "{\"customerIds\":[\""
                    + c.id() + "\"]}", "Authorization", TestCatalog.ops())).getInt("granted"));
            String[] res = payg(c);
            orders.clock("2026-07-01T05:00:00Z");
            String p = "d" + SEQ.incrementAndGet() + "-";
            String content = line(p + 0, "20", res[1], "100", "2") + "\n" + line(p + 1, "20", res[1], "101", "2") + "\n"
                    + line(p + 2, "20", res[1], "102", "2") + "\n";
            JsonObject f = done(parse(upload(name(SEQ.incrementAndGet()), content).body()).getString("id"));
            assertEquals("IMPORTED", f.getString("status"), f.toString());
            assertEquals("9.80", f.getString("amountCharged"), f.toString());
            assertEquals("90.20", orders.account(c).getString("cash"));
            String hour0 = "select count(*) from usage_hour where resource_id = " + res[0] + " and hour_start = (select min(hour_start) from usage_hour where resource_id = " + res[0] + ")";
            assertEquals(1, TestUsers.count(hour0 + " and list_amount = 5.00 and discount = 1.00 and rated = 4.00 and coupon_paid = 3.00 and charged = 1.00"));
            assertEquals("3.20", OrderIT.ok(http.get("/api/v1/bills/2026-07", "Authorization", c.token())).getString("discount"));

            JsonObject fixed = done(parse(upload(name(SEQ.incrementAndGet()), line(p + "c0", "30", res[1], "100", "1") + "\n").body()).getString("id"));
            assertEquals("IMPORTED", fixed.getString("status"), fixed.toString());
            assertEquals("-1.00", fixed.getString("amountCharged"), fixed.toString());
            assertEquals("91.20", orders.account(c).getString("cash"));
            assertEquals(1, TestUsers.count(hour0 + " and list_amount = 2.50 and discount = 0.50 and rated = 2.00 and coupon_paid = 2.00 and charged = 0.00"));
            LedgerIT.assertReconciled(http, c.id());
        } finally {
            http.json("POST", "/api/v1/ops/marketing/discounts/" + discount + "/end", null, "Authorization", TestCatalog.ops());
        }
    }

    @Test
    void filesInTheObsBucketAreFetchedAndImported() throws Exception {
        OrderIT.Customer c = orders.customer("100.00", "0.00");
        String pool = payg(c)[1];
        orders.clock("2026-07-01T05:00:00Z");
        String p = "o" + SEQ.incrementAndGet() + "-";
        String content = line(p + "1", "20", pool, "100", "2") + "\n" + line(p + "2", "20", pool, "101", "2") + "\n";
        String name = name(SEQ.incrementAndGet());
        // the dev profile's HCSO simulator is the OBS of the account hcso-sim; its bucket hcso-sdr is polled under sdr/
        HttpResponse<String> put = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8089/hcso-sdr/sdr/2026/07/01/" + name))
                .PUT(HttpRequest.BodyPublishers.ofString(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        OrderIT.ok(http.json("POST", "/api/v1/system/sdr/inbox/scan", null, "Authorization", LedgerIT.admin()));
        String id = TestUsers.string("select max(id) from sdr_file where name = '" + name + "'");
        JsonObject f = done(id);
        assertEquals("OBS", f.getString("source"));
        assertEquals("IMPORTED", f.getString("status"), f.toString());
        assertEquals("10.00", f.getString("amountCharged"), "2 nodes × 2.50 in two hours");
        assertEquals("90.00", orders.account(c).getString("cash"));
        OrderIT.ok(http.json("POST", "/api/v1/system/sdr/inbox/scan", null, "Authorization", LedgerIT.admin()));
        assertEquals(1, TestUsers.count("select count(*) from sdr_file where name = '" + name + "'"), "fetched once");
    }

    @Test
    void aFileAboveTheErrorRatioIsRejectedAndChargesNothing() throws Exception {
        OrderIT.Customer c = orders.customer("100.00", "0.00");
        String pool = payg(c)[1];
        orders.clock("2026-07-01T05:00:00Z");
        String p = "q" + SEQ.incrementAndGet() + "-";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(line(p + i, "20", pool, "100", "0.1")).append('\n');
        }
        s.append(line(p + "bad", "20", "unknown-pool", "100", "1")).append('\n');
        JsonObject f = done(parse(upload(name(SEQ.incrementAndGet()), s.toString()).body()).getString("id"));
        assertEquals("REJECTED", f.getString("status"), f.toString());
        assertEquals(0, f.getInt("records"));
        assertEquals("0.00", f.getString("amountCharged"));
        assertEquals("100.00", orders.account(c).getString("cash"));

        HttpResponse<String> badName = upload("../etc/passwd", "x");
        assertEquals("sdr.fileName", orders.refused(badName));
        HttpResponse<String> form = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(Deployments.BASE
                        + "/api/v1/system/sdr/files?name=" + name(SEQ.incrementAndGet()))).POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", LedgerIT.admin()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("sdr.rawBody", orders.refused(form), "a form body would arrive empty: refused with a clear message");
    }

    @Test
    void anImportStoppedMidFileAndRestartedChargesExactlyOnce() throws Exception {
        OrderIT.Customer c = orders.customer("1000.00", "0.00");
        String pool = payg(c)[1];
        orders.clock("2026-07-01T05:00:00Z");
        String p = "s" + SEQ.incrementAndGet() + "-";
        StringBuilder s = new StringBuilder();
        int perHour = 40_000; // 160,000 records (39 MB) of 1/20,000 node: 2 nodes an hour
        for (int h = 0; h < 4; h++) {
            for (int i = 0; i < perHour; i++) {
                s.append(line(p + h + "-" + i, "20", pool, "10" + h, "0.00005")).append('\n');
            }
        }
        HttpResponse<String> up = upload(name(SEQ.incrementAndGet()), s.toString());
        assertEquals(201, up.statusCode(), up.body());
        String id = parse(up.body()).getString("id");
        for (int i = 0; i < 300 && file(id).getInt("linesRead") == 0; i++) {
            Thread.sleep(50);
        }
        HttpResponse<String> stop = http.json("POST", "/api/v1/system/sdr/files/" + id + "/stop", null, "Authorization", LedgerIT.admin());
        assertEquals(200, stop.statusCode(), stop.body());
        JsonObject stopped = done(id);
        assertEquals("FAILED", stopped.getString("status"), stopped.toString());
        assertTrue(stopped.getInt("linesRead") < 4 * perHour, "stopped before the end: " + stopped);

        OrderIT.ok(http.json("POST", "/api/v1/system/sdr/files/" + id + "/import", null, "Authorization", LedgerIT.admin()));
        // the restarted job takes the file asynchronously: until then it still shows the stopped execution's FAILED
        long stoppedBy = stopped.getJsonNumber("jobExecutionId").longValue();
        for (int i = 0; i < 200 && file(id).getString("status").equals("FAILED")
                && file(id).getJsonNumber("jobExecutionId").longValue() == stoppedBy; i++) {
            Thread.sleep(50);
        }
        JsonObject f = done(id);
        assertEquals("IMPORTED", f.getString("status"), f.toString());
        assertEquals(4 * perHour, f.getInt("records"));
        assertEquals(0, f.getInt("errors"));
        // 2 nodes an hour: hours 0, 1 at 2.50: 5.00 each; 2, 3 at 3.00: 6.00 each
        assertEquals("22.00", f.getString("amountCharged"));
        assertEquals("978.00", orders.account(c).getString("cash"));
        LedgerIT.assertReconciled(http, c.id());
    }
}
