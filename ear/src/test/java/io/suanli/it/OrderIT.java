package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders and resources on MariaDB with the clock moved (U3–U7, O6, §8): the worked example of §8 to the fen, a yearly
 * order renewed then unsubscribed, changes up and down, rejection refunds, the bad paths, and two orders paid at
 * once with funds for one.
 */
@ServerTest
@RunAsClient
class OrderIT {

    static TestCatalog.Built catalog;
    final Http http = new Http();

    /** Priced from 1 June 2026 on, so that the scenarios can play in July. */
    @BeforeAll
    static void product() throws Exception {
        Http http = new Http();
        String admin = LedgerIT.admin();
        try {
            ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2026-06-01T00:00:00Z\"}", "Authorization", admin));
            catalog = TestCatalog.build(true, "1500.00", "15000.00", "2.500000");
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", admin);
        }
    }

    @AfterEach
    void resetClock() throws Exception {
        http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", LedgerIT.admin());
    }

    record Customer(String id, String token) {
    }

    /** A verified customer onboarded by sales, with cash (bank transfer) and a credit line. */
    Customer customer(String cash, String credit) throws Exception {
        String user = RegistrationIT.newUsername();
        String body = "{\"type\":\"ENTERPRISE\",\"name\":\"订购测试有限公司\",\"mobile\":\"" + RegistrationIT.newMobile() + "\",\"email\":\"" + user
                + "@order.example\",\"password\":\"" + TestUsers.PASSWORD + "\"}";
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/customers", body, "Authorization", bearer(TestCustomers.token("sales", "Sales@2026")));
        assertEquals(201, r.statusCode(), r.body());
        String id = parse(r.body()).getString("customerId");
        if (!cash.equals("0.00")) {
            ok(http.json("POST", "/api/v1/ops/accounts/" + id + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"" + cash
                    + "\",\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
        }
        if (!credit.equals("0.00")) {
            ok(http.json("POST", "/api/v1/ops/accounts/" + id + "/credit-line", "{\"limit\":\"" + credit + "\"}", "Authorization", LedgerIT.finance()));
        }
        return new Customer(id, bearer(TestCustomers.token(user, TestUsers.PASSWORD)));
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    String refused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }

    void clock(String instant) throws Exception {
        ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + instant + "\"}", "Authorization", LedgerIT.admin()));
    }

    HttpResponse<String> order(Customer c, String spec, int nodes, String mode, Integer periods, String payFrom) throws Exception {
        return http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + spec + "\",\"nodes\":" + nodes + ",\"billingMode\":\"" + mode + "\""
                + (periods == null ? "" : ",\"periods\":" + periods) + (payFrom == null ? "" : ",\"payFrom\":\"" + payFrom + "\"") + "}",
                "Authorization", c.token());
    }

    HttpResponse<String> pay(Customer c, String orderNo) throws Exception {
        return http.json("POST", "/api/v1/orders/" + orderNo + "/pay", null, "Authorization", c.token());
    }

    JsonObject accept(String orderNo, String activatedAt) throws Exception {
        return ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/accept", "{\"resourceInfo\":{\"resourcePoolId\":\"pool-" + orderNo
                + "\",\"accessUrl\":\"https://console.hcso.example/modelarts/pools/" + orderNo + "\"" + (activatedAt == null ? ""
                : ",\"activatedAt\":\"" + activatedAt + "\"") + ",\"extra\":{\"region\":\"cn-south-1\"}}}", "Authorization", TestCatalog.ops()));
    }

    JsonObject approve(String orderNo) throws Exception {
        return ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/approve", null, "Authorization", TestCatalog.ops()));
    }

    JsonObject account(Customer c) throws Exception {
        return ok(http.get("/api/v1/account", "Authorization", c.token()));
    }

    /** Places, pays and accepts (activated at {@code activatedAt}); answers the resource id. */
    String opened(Customer c, int nodes, String mode, int periods, String placeAt, String activatedAt) throws Exception {
        clock(placeAt);
        JsonObject o = ok(order(c, catalog.spec(), nodes, mode, periods, null));
        assertEquals("PENDING_PAYMENT", o.getString("status"));
        JsonObject paid = ok(pay(c, o.getString("orderNo")));
        assertEquals("AWAITING_ACCEPTANCE", paid.getString("status"));
        clock(activatedAt);
        JsonObject accepted = accept(o.getString("orderNo"), activatedAt);
        assertEquals("COMPLETED", accepted.getString("status"));
        return accepted.getString("resourceId");
    }

    Map<String, String> refundTo(JsonObject preview) {
        return preview.getJsonArray("refundTo").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(x -> x.getString("account"), x -> x.getString("amount")));
    }

    @Test
    void theWorkedExampleOfSection8ToTheFen() throws Exception {
        Customer c = customer("6000.00", "3000.00");
        String id = opened(c, 2, "PREPAID_MONTHLY", 3, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        JsonObject a = account(c);
        assertEquals("0.00", a.getString("cash"));
        assertEquals("3000.00", a.getJsonObject("credit").getString("used"));
        JsonObject res = ok(http.get("/api/v1/resources/" + id, "Authorization", c.token()));
        assertEquals("ACTIVE", res.getString("status"));
        assertEquals("2026-06-30T16:00:00Z", res.getString("startsAt"));
        assertEquals("2026-09-30T16:00:00Z", res.getString("endsAt"), "1 July to 1 October in Shanghai");
        assertTrue(res.getString("accessUrl").startsWith("https://console.hcso.example/"));

        clock("2026-07-04T20:20:00Z"); // 100 h 20 min after activation
        JsonObject preview = ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe/preview", null, "Authorization", c.token()));
        assertEquals(101, preview.getInt("usedHours"));
        assertEquals("411.68", preview.getString("usedAmount"));
        assertEquals("8588.32", preview.getString("refundAmount"));
        assertEquals(Map.of("CASH", "5725.55", "CREDIT", "2862.77"), refundTo(preview));

        JsonObject request = ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token()));
        assertEquals("AWAITING_APPROVAL", request.getString("status"));
        assertEquals("8588.32", request.getString("refundAmount"));
        assertEquals("resource.orderPending", refused(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token())));
        JsonObject done = approve(request.getString("orderNo"));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("CASH:5725.55,CREDIT:2862.77", done.getString("refundSplit"));

        a = account(c);
        assertEquals("5725.55", a.getString("cash"));
        assertEquals("137.23", a.getJsonObject("credit").getString("used"));
        assertEquals("411.68", a.getString("consumed"));
        assertEquals("UNSUBSCRIBED", ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("status"));
        JsonArray lines = parse("{\"a\":" + http.get("/api/v1/transactions?type=REFUND", "Authorization", c.token()).body() + "}").getJsonArray("a");
        assertEquals(Map.of("CASH_BALANCE", "5725.55", "CREDIT_BALANCE", "2862.77"), lines.stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(l -> l.getString("channel"), l -> l.getString("amount"))));
        assertEquals("resource.notActive", refused(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token())),
                "unsubscribing twice");
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void aYearlyOrderRenewedThenUnsubscribed() throws Exception {
        Customer c = customer("20000.00", "0.00");
        String id = opened(c, 1, "PREPAID_YEARLY", 1, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        assertEquals("5000.00", account(c).getString("cash"), "15,000.00 for a node-year");
        assertEquals("2027-06-30T16:00:00Z", ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("endsAt"));

        clock("2026-08-01T00:00:00Z");
        JsonObject renewPreview = ok(http.json("POST", "/api/v1/resources/" + id + "/renew/preview", "{\"periods\":1}", "Authorization", c.token()));
        assertEquals("15000.00", renewPreview.getString("payableAmount"));
        assertEquals("2028-06-30T16:00:00Z", renewPreview.getString("newEndsAt"));
        JsonObject renew = ok(http.json("POST", "/api/v1/resources/" + id + "/renew", "{\"periods\":1}", "Authorization", c.token()));
        assertEquals("account.insufficientFunds", refused(pay(c, renew.getString("orderNo"))));
        assertEquals("5000.00", account(c).getString("cash"), "nothing deducted");
        ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"10000.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"续费\"}", "Authorization", LedgerIT.finance()));
        assertEquals("AWAITING_APPROVAL", ok(pay(c, renew.getString("orderNo"))).getString("status"));
        approve(renew.getString("orderNo"));
        assertEquals("2028-06-30T16:00:00Z", ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("endsAt"));

        clock("2026-08-11T08:00:00Z"); // 1000 h after activation; value 30,000.00 over 8760 + 8784 h
        JsonObject preview = ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe/preview", null, "Authorization", c.token()));
        assertEquals(1000, preview.getInt("usedHours"));
        assertEquals("1709.99", preview.getString("usedAmount"), "30000 × 1000 ÷ 17544 = 1709.9863");
        assertEquals("28290.01", preview.getString("refundAmount"));
        approve(ok(http.json("POST", "/api/v1/resources/" + id + "/unsubscribe", null, "Authorization", c.token())).getString("orderNo"));
        assertEquals("28290.01", account(c).getString("cash"));
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void changingUpChargesAndChangingDownRefundsTheProratedDifference() throws Exception {
        Customer c = customer("20000.00", "0.00");
        String id = opened(c, 2, "PREPAID_MONTHLY", 3, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        clock("2026-07-04T20:20:00Z");
        JsonObject up = ok(http.json("POST", "/api/v1/resources/" + id + "/change/preview", "{\"nodes\":3}", "Authorization", c.token()));
        assertEquals("4294.16", up.getString("payableAmount"), "8588.32 left × 3/2 − 8588.32");
        JsonObject change = ok(http.json("POST", "/api/v1/resources/" + id + "/change", "{\"nodes\":3}", "Authorization", c.token()));
        assertEquals("PENDING_PAYMENT", change.getString("status"));
        ok(pay(c, change.getString("orderNo")));
        approve(change.getString("orderNo"));
        assertEquals(3, ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getInt("nodes"));
        assertEquals("6705.84", account(c).getString("cash"), "20000 − 9000 − 4294.16");

        clock("2026-07-08T23:59:00Z"); // 199 h 59 min after activation: 99 h (rounded up) after the change took effect at 101 h
        JsonObject down = ok(http.json("POST", "/api/v1/resources/" + id + "/change/preview", "{\"nodes\":1}", "Authorization", c.token()));
        assertEquals("0.00", down.getString("payableAmount"));
        assertEquals("8184.79", down.getString("refundAmount"), "12882.48 − 12882.48 × 99 ÷ 2107 (605.30) = 12277.18 left; ⅓ kept (4092.39)");
        JsonObject downOrder = ok(http.json("POST", "/api/v1/resources/" + id + "/change", "{\"nodes\":1}", "Authorization", c.token()));
        assertEquals("AWAITING_APPROVAL", downOrder.getString("status"));
        approve(downOrder.getString("orderNo"));
        assertEquals("14890.63", account(c).getString("cash"));
        assertEquals(1, ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getInt("nodes"));
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void aRejectedOrderIsRefundedInFullToTheAccountsThatPaid() throws Exception {
        Customer c = customer("1000.00", "5000.00");
        JsonObject o = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 2, null));
        assertEquals("3000.00", o.getString("payableAmount"));
        JsonObject paid = ok(pay(c, o.getString("orderNo")));
        assertEquals("CASH:1000.00,CREDIT:2000.00", paid.getString("paymentSplit"));
        assertEquals("order.backFillRequired", refused(http.json("POST", "/api/v1/ops/orders/" + o.getString("orderNo") + "/accept", "{}",
                "Authorization", TestCatalog.ops())));
        assertEquals("validation.required", refused(http.json("POST", "/api/v1/ops/orders/" + o.getString("orderNo") + "/reject", "{}",
                "Authorization", TestCatalog.ops())));
        JsonObject rejected = ok(http.json("POST", "/api/v1/ops/orders/" + o.getString("orderNo") + "/reject", "{\"reason\":\"资源池库存不足\"}",
                "Authorization", TestCatalog.ops()));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("CASH:1000.00,CREDIT:2000.00", rejected.getString("refundSplit"));
        JsonObject a = account(c);
        assertEquals("1000.00", a.getString("cash"));
        assertEquals("0.00", a.getJsonObject("credit").getString("used"));
        JsonObject detail = ok(http.get("/api/v1/orders/" + o.getString("orderNo"), "Authorization", c.token()));
        assertEquals(List.of("PENDING_PAYMENT", "AWAITING_ACCEPTANCE", "REJECTED"), detail.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("to")).toList());
        assertEquals("order.illegalTransition", refused(http.json("POST", "/api/v1/ops/orders/" + o.getString("orderNo") + "/accept",
                "{\"resourceInfo\":{\"resourcePoolId\":\"p1\",\"accessUrl\":\"https://x.example/p1\"}}", "Authorization", TestCatalog.ops())));
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void badOrdersAreRefusedAndChangeNothing() throws Exception {
        Customer c = customer("100.00", "0.00");
        Customer other = customer("100000.00", "0.00");
        TestCatalog.Built offShelf = TestCatalog.build(false, "10.00", "0.100000");
        assertEquals("quote.notOnShelf", refused(order(c, offShelf.spec(), 1, "PREPAID_MONTHLY", 1, null)));
        assertEquals("quote.periodsRange", refused(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 0, null)));
        assertEquals("quote.periodsRange", refused(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 37, null)));
        assertEquals("quota.exceeded", refused(order(c, catalog.spec(), 65, "PREPAID_MONTHLY", 1, null)), "64 nodes by default");
        assertEquals("account.payFromInvalid", refused(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, "WALLET")));
        TestCustomers.Registered unverified = TestCustomers.register("PERSONAL");
        assertEquals("order.unverified", refused(http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + catalog.spec()
                + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}", "Authorization", unverified.bearer())));
        assertEquals(0, TestUsers.count("select count(*) from orders where customer_id = " + c.id()));

        JsonObject o = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null));
        assertEquals("account.insufficientFunds", refused(pay(c, o.getString("orderNo"))));
        assertEquals("100.00", account(c).getString("cash"));
        assertEquals("PENDING_PAYMENT", ok(http.get("/api/v1/orders/" + o.getString("orderNo"), "Authorization", c.token())).getString("status"));
        assertEquals(404, pay(other, o.getString("orderNo")).statusCode(), "another customer's order");
        assertEquals(404, http.get("/api/v1/orders/" + o.getString("orderNo"), "Authorization", other.token()).statusCode());
        ok(http.json("POST", "/api/v1/orders/" + o.getString("orderNo") + "/cancel", null, "Authorization", c.token()));
        assertEquals("order.notPayable", refused(pay(c, o.getString("orderNo"))));

        JsonObject theirs = ok(order(other, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null));
        ok(pay(other, theirs.getString("orderNo")));
        assertEquals("order.alreadyPaid", refused(pay(other, theirs.getString("orderNo"))), "paying twice");
        assertEquals("98500.00", account(other).getString("cash"));
        String id = accept(theirs.getString("orderNo"), null).getString("resourceId");
        assertEquals(404, http.get("/api/v1/resources/" + id, "Authorization", c.token()).statusCode());
        assertEquals(404, http.json("POST", "/api/v1/resources/" + id + "/unsubscribe/preview", null, "Authorization", c.token()).statusCode());
        assertEquals("order.acceptNotApprove", refused(http.json("POST", "/api/v1/ops/orders/" + theirs.getString("orderNo") + "/approve", null,
                "Authorization", TestCatalog.ops())));
        assertEquals(403, http.json("POST", "/api/v1/ops/orders/" + theirs.getString("orderNo") + "/approve", null, "Authorization",
                c.token()).statusCode());
        assertEquals(403, http.get("/api/v1/ops/orders", "Authorization", c.token()).statusCode());

        JsonObject late = ok(order(other, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null));
        clock(java.time.Instant.now().plusSeconds(31 * 60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        assertEquals("order.paymentExpired", refused(pay(other, late.getString("orderNo"))));
        assertEquals("98500.00", account(other).getString("cash"));
    }

    @Test
    void operationsAcceptSeveralOrdersAtOnceEachOnItsOwn() throws Exception {
        Customer c = customer("10000.00", "0.00");
        String a = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        String b = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        String unpaid = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        ok(pay(c, a));
        ok(pay(c, b));
        String info = "{\"resourcePoolId\":\"pool-bulk\",\"accessUrl\":\"https://console.hcso.example/bulk\"}";
        JsonObject results = ok(http.json("POST", "/api/v1/ops/orders/acceptances", "{\"orders\":[{\"orderNo\":\"" + a + "\",\"resourceInfo\":" + info
                + "},{\"orderNo\":\"" + b + "\",\"resourceInfo\":" + info + "},{\"orderNo\":\"" + unpaid + "\",\"resourceInfo\":" + info + "}]}",
                "Authorization", TestCatalog.ops()));
        assertEquals("OK", results.getString(a));
        assertEquals("OK", results.getString(b));
        assertEquals("order.illegalTransition", results.getString(unpaid));
        assertEquals(2, parse("{\"a\":" + http.get("/api/v1/resources?status=ACTIVE", "Authorization", c.token()).body() + "}").getJsonArray("a").size());
        assertEquals("PENDING_PAYMENT", ok(http.get("/api/v1/orders/" + unpaid, "Authorization", c.token())).getString("status"));
    }

    @Test
    void twoOrdersPlacedAtOnceCannotBothPassTheNodeQuota() throws Exception {
        Customer c = customer("0.00", "0.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> results = pool.invokeAll(List.<Callable<HttpResponse<String>>>of(
                () -> new OrderIT().order(c, catalog.spec(), 40, "PREPAID_MONTHLY", 1, null),
                () -> new OrderIT().order(c, catalog.spec(), 40, "PREPAID_MONTHLY", 1, null)));
        pool.shutdown();
        int placed = 0;
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 201) {
                placed++;
            } else {
                assertEquals("quota.exceeded", parse(r.body()).getString("code"), r.body());
            }
        }
        assertEquals(1, placed, "40 + 40 nodes against the 64-node quota");
    }

    @Test
    void unpaidOrdersExpireAndFreeTheResourceTheyHeld() throws Exception {
        Customer c = customer("1500.00", "0.00");
        String id = opened(c, 1, "PREPAID_MONTHLY", 1, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");
        JsonObject renew = ok(http.json("POST", "/api/v1/resources/" + id + "/renew", "{\"periods\":1}", "Authorization", c.token()));
        JsonObject fresh = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null));
        assertEquals(renew.getString("orderNo"), ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).getString("pendingOrderNo"));

        clock("2026-06-30T16:31:00Z");
        ok(http.json("POST", "/api/v1/dev/usage/expire-orders", null, "Authorization", LedgerIT.admin())); // (or the minute timer)
        JsonObject expired = ok(http.get("/api/v1/orders/" + fresh.getString("orderNo"), "Authorization", c.token()));
        assertEquals("EXPIRED", expired.getString("status"));
        assertEquals("system", expired.getJsonArray("timeline").getJsonObject(1).getString("by"));
        assertEquals("EXPIRED", ok(http.get("/api/v1/orders/" + renew.getString("orderNo"), "Authorization", c.token())).getString("status"));
        assertTrue(!ok(http.get("/api/v1/resources/" + id, "Authorization", c.token())).containsKey("pendingOrderNo"),
                "the resource is free for another request");
        assertEquals("order.notPayable", refused(pay(c, fresh.getString("orderNo"))));
    }

    @Test
    void twoOrdersPaidAtOnceWithFundsForOneDeductOnce() throws Exception {
        Customer c = customer("1500.00", "0.00");
        String first = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        String second = ok(order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> results = pool.invokeAll(List.<Callable<HttpResponse<String>>>of(
                () -> new Http().json("POST", "/api/v1/orders/" + first + "/pay", null, "Authorization", c.token()),
                () -> new Http().json("POST", "/api/v1/orders/" + second + "/pay", null, "Authorization", c.token())));
        pool.shutdown();
        int paid = 0;
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) {
                paid++;
            } else {
                assertEquals("account.insufficientFunds", parse(r.body()).getString("code"), r.body());
            }
        }
        assertEquals(1, paid);
        assertEquals("0.00", account(c).getString("cash"));
        assertEquals(1, TestUsers.count("select count(*) from orders where customer_id = " + c.id() + " and status = 'AWAITING_ACCEPTANCE'"));
        LedgerIT.assertReconciled(http, c.id());
    }
}
