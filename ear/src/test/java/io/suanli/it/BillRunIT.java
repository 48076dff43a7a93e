package io.suanli.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly bill run (B2) as a batch job on MariaDB: pay-as-you-go usage of three customers in September, the run
 * after the month → one bill each with the ledger's totals to the fen and one "bill ready" message per channel; the
 * run again → the same bills, no second message; PDFs for the owner and finance, none for another customer. Then
 * 2,000 customers written straight into the database, a run stopped midway and restarted → every bill right, the same
 * as an uninterrupted run.
 */
@ServerTest
@RunAsClient
class BillRunIT extends OrderScenario {

    /** Starts a run, waiting while another run (of another test) is still going. */
    JsonObject start(String body) throws Exception {
        for (int i = 0; ; i++) {
            HttpResponse<String> r = http.json("POST", "/api/v1/ops/bills/runs", body, "Authorization", LedgerIT.finance());
            if (i < 600 && r.statusCode() >= 400 && r.body().contains("bill.runRunning")) {
                Thread.sleep(100);
                continue;
            }
            return OrderIT.ok(r);
        }
    }

    JsonObject status(String executionId) throws Exception {
        return OrderIT.ok(http.get("/api/v1/ops/bills/runs/" + executionId, "Authorization", LedgerIT.finance()));
    }

    /** Waits until the execution has ended; answers its last status. */
    JsonObject ended(String executionId) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonObject s = status(executionId);
            String st = s.getString("status");
            if (st.equals("COMPLETED") || st.equals("FAILED") || st.equals("STOPPED") || st.equals("ABANDONED")) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("bill run " + executionId + " did not end: " + status(executionId));
    }

    static long messages(String customerId, String channel) throws Exception {
        return TestUsers.count("select count(*) from message_delivery d join user_account u on d.user_id = u.id where u.customer_id = "
                + customerId + " and d.template_code = 'BILL_READY' and d.channel = '" + channel + "'");
    }

    HttpResponse<byte[]> pdf(String path, String token) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Deployments.BASE + path)).GET().header("Authorization", token).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    String payg(OrderIT.Customer c) throws Exception {
        JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PAYG", null, null));
        return orders.accept(o.getString("orderNo"), null).getString("resourceId");
    }

    void charge(String resourceId, String hour, String amount) throws Exception {
        OrderIT.ok(http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + resourceId + "\",\"hour\":\"" + hour + "\",\"amount\":\""
                + amount + "\"}", "Authorization", LedgerIT.admin()));
    }

    @Test
    void aMonthIsBilledOnceNotifiedOnceAndDownloadedByItsOwner() throws Exception {
        OrderIT.Customer a = orders.customer("500.00", "0.00");
        OrderIT.Customer b = orders.customer("500.00", "0.00");
        OrderIT.Customer c = orders.customer("500.00", "0.00");
        OrderIT.Customer other = orders.customer("10.00", "0.00");
        orders.clock("2026-09-01T00:00:00Z");
        String ra = payg(a);
        String rb = payg(b);
        String rc = payg(c);
        orders.clock("2026-09-29T12:00:00Z");
        charge(ra, "2026-09-02T01:00:00Z", "5.00");
        charge(ra, "2026-09-28T15:00:00Z", "1.25");   // 23:00 on the 28th, Beijing time
        charge(rb, "2026-09-10T03:00:00Z", "7.33");
        charge(rc, "2026-09-03T00:00:00Z", "0.01");
        charge(rc, "2026-09-03T01:00:00Z", "2.00");
        charge(rc, "2026-09-03T02:00:00Z", "3.00");
        Map<String, String> usage = Map.of(a.id(), "6.25", b.id(), "7.33", c.id(), "5.01");
        Map<String, JsonObject> before = new TreeMap<>();
        for (OrderIT.Customer x : List.of(a, b, c)) {
            JsonObject bill = OrderIT.ok(http.get("/api/v1/bills/2026-09", "Authorization", x.token()));
            before.put(x.id(), bill);
            assertTrue(BillIT.lines(bill).contains("PAYG USAGE CHARGE " + usage.get(x.id())), bill.toString());
        }
        // no PDF before the bill is kept
        assertEquals(404, pdf("/api/v1/bills/2026-09/pdf", a.token()).statusCode());

        orders.clock("2026-10-01T01:00:00Z");
        JsonObject started = start("{\"period\":\"2026-09\",\"partitions\":2,\"chunk\":1}");
        assertTrue(started.getInt("bills") >= 3, started.toString());
        assertEquals("/api/v1/ops/bills/runs/" + started.getString("executionId"), started.getString("statusUrl"));
        JsonObject done = ended(started.getString("executionId"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(done.getInt("customers"), done.getInt("bills"), done.toString());

        Map<String, Long> billIds = new TreeMap<>();
        for (OrderIT.Customer x : List.of(a, b, c)) {
            JsonObject kept = OrderIT.ok(http.get("/api/v1/bills/2026-09", "Authorization", x.token()));
            assertTrue(kept.getBoolean("kept"));
            JsonObject was = before.get(x.id());
            for (String f : List.of("charged", "refunded", "total", "discount")) {
                assertEquals(was.getString(f), kept.getString(f), f + " of " + x.id());
            }
            assertEquals(BillIT.lines(was), BillIT.lines(kept));
            assertEquals(1, TestUsers.count("select count(*) from bill where customer_id = " + x.id() + " and period = '2026-09'"));
            billIds.put(x.id(), TestUsers.count("select id from bill where customer_id = " + x.id() + " and period = '2026-09'"));
            assertEquals(1, messages(x.id(), "INAPP"), "one in-app message");
            assertEquals(1, messages(x.id(), "SMS"), "one SMS");
            assertEquals(1, messages(x.id(), "EMAIL"), "one e-mail");
        }
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on n.user_id = u.id where u.customer_id = "
                + a.id() + " and n.title like '2026-09%'"), "the bell has it");

        // the same period again: the same bills, nobody notified twice
        JsonObject again = ended(start("{\"period\":\"2026-09\"}").getString("executionId"));
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        for (OrderIT.Customer x : List.of(a, b, c)) {
            JsonObject kept = OrderIT.ok(http.get("/api/v1/bills/2026-09", "Authorization", x.token()));
            assertEquals(BillIT.lines(before.get(x.id())), BillIT.lines(kept));
            assertEquals(before.get(x.id()).getString("total"), kept.getString("total"));
            assertEquals(billIds.get(x.id()), TestUsers.count("select id from bill where customer_id = " + x.id() + " and period = '2026-09'"));
            assertEquals(1, messages(x.id(), "INAPP"));
            assertEquals(1, messages(x.id(), "SMS"));
            assertEquals(1, messages(x.id(), "EMAIL"));
        }

        // PDFs: the owner's, finance's of any customer; nothing of another customer's
        HttpResponse<byte[]> mine = pdf("/api/v1/bills/2026-09/pdf", a.token());
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String t = text(mine.body());
        assertTrue(t.contains(shown(before.get(a.id()).getString("total"))) && t.contains("2026-09") && t.contains("应付合计")
                && t.contains("订购测试有限公司"), t);
        HttpResponse<byte[]> finance = pdf("/api/v1/ops/bills/" + b.id() + "/2026-09/pdf", LedgerIT.finance());
        assertEquals(200, finance.statusCode());
        assertTrue(text(finance.body()).contains(shown(before.get(b.id()).getString("total"))));
        assertEquals(404, pdf("/api/v1/bills/2026-09/pdf", other.token()).statusCode(), "another customer has no bill of its own");
        assertEquals(403, pdf("/api/v1/ops/bills/" + a.id() + "/2026-09/pdf", other.token()).statusCode(), "nor anyone else's");
        assertEquals(404, pdf("/api/v1/ops/bills/" + other.id() + "/2026-09/pdf", LedgerIT.finance()).statusCode());

        // bad input
        assertEquals("bill.periodInvalid", orders.refused(http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"2026-13\"}",
                "Authorization", LedgerIT.finance())));
        assertEquals(403, http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"2026-09\"}", "Authorization", a.token()).statusCode());
        assertEquals(404, http.get("/api/v1/ops/bills/runs/123456789", "Authorization", LedgerIT.finance()).statusCode());
    }

    @Test
    void aRunStoppedMidwayAndRestartedKeepsEveryBillOnceAndRight() throws Exception {
        int n = Integer.getInteger("it.billrun.customers", 2000);
        long first = BillSeed.BASE + (System.currentTimeMillis() % 100_000) * 10_000;
        YearMonth period = YearMonth.of(2025, 3);
        try (Connection db = MariaDbDatabase.connect()) {
            BillSeed.seed(db, first, n, 3, period, false);
        }
        String where = " where period = '" + period + "' and customer_id between " + first + " and " + (first + n - 1);
        JsonObject started = start("{\"period\":\"" + period + "\",\"partitions\":4,\"chunk\":1}");
        String id = started.getString("executionId");
        for (int i = 0; i < 600 && TestUsers.count("select count(*) from bill" + where) < 20; i++) {
            Thread.sleep(20);
        }
        JsonObject stopping = OrderIT.ok(http.json("POST", "/api/v1/ops/bills/runs/" + id + "/stop", null, "Authorization", LedgerIT.finance()));
        assertEquals(id, stopping.getString("executionId"));
        JsonObject stopped = ended(id);
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        long partial = TestUsers.count("select count(*) from bill" + where);
        assertTrue(partial > 0 && partial < n, "stopped midway: " + partial + " of " + n);

        JsonObject restarted = OrderIT.ok(http.json("POST", "/api/v1/ops/bills/runs/" + id + "/restart", null, "Authorization", LedgerIT.finance()));
        assertTrue(!restarted.getString("executionId").equals(id));
        JsonObject done = ended(restarted.getString("executionId"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(n, TestUsers.count("select count(*) from bill" + where), "one bill per customer");
        String snapshot = "select group_concat(concat(b.customer_id, ':', b.total, ':', b.charged, ':', b.refunded, ':', "
                + "(select count(*) from bill_line l where l.bill_id = b.id), ':', (select coalesce(sum(l.amount), 0) from bill_line l where l.bill_id = b.id)) "
                + "order by b.customer_id separator ',') from bill b" + where.replace("period", "b.period").replace("customer_id", "b.customer_id");
        try (Connection db = MariaDbDatabase.connect()) {
            assertEquals(0, BillSeed.wrongBills(db, first, n, period), "every bill as the ledger has it, to the fen");
            var st = db.createStatement();
            st.execute("set session group_concat_max_len = 10000000");
            var rs = st.executeQuery(snapshot);
            rs.next();
            String afterRestart = rs.getString(1);
            // an uninterrupted run of the same period yields the same bills
            JsonObject uninterrupted = ended(start("{\"period\":\"" + period + "\",\"partitions\":3,\"chunk\":50}").getString("executionId"));
            assertEquals("COMPLETED", uninterrupted.getString("status"));
            rs = st.executeQuery(snapshot);
            rs.next();
            assertEquals(afterRestart, rs.getString(1));
        }
        assertEquals(n, TestUsers.count("select count(*) from bill" + where));
    }

    /** An amount as documents show it: ¥1,234.56. */
    static String shown(String amount) {
        return String.format(java.util.Locale.ROOT, "¥%,.2f", new java.math.BigDecimal(amount));
    }
}
