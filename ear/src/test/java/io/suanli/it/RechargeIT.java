package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Online recharge through the payment simulator on MariaDB (U8, I4): the notification credits once however often and
 * however concurrently it comes, forged, tampered and mismatched notifications change nothing, a lost notification is
 * recovered by the query on return, unpaid recharges expire, bad input is refused, and the daily channel
 * reconciliation shows what the channel said against the ledger.
 */
@ServerTest
@RunAsClient
class RechargeIT {

    final Http http = new Http();

    record Customer(TestCustomers.Registered user, String id) {
    }

    Customer customer() throws Exception {
        TestCustomers.Registered r = TestCustomers.register("ENTERPRISE");
        return new Customer(r, parse(http.get("/api/v1/me", "Authorization", r.bearer()).body()).getString("customerId"));
    }

    HttpResponse<String> create(Customer c, String amount, String channel) throws Exception {
        return http.json("POST", "/api/v1/recharges", "{\"amount\":" + amount + ",\"channel\":" + channel + "}", "Authorization", c.user().bearer());
    }

    String recharge(Customer c, String amount) throws Exception {
        HttpResponse<String> r = create(c, "\"" + amount + "\"", "\"WECHAT\"");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject o = parse(r.body());
        assertEquals("PENDING", o.getString("status"));
        assertEquals(amount, o.getString("amount"));
        assertTrue(o.getString("payUrl").matches(".*/pay/simulator/" + o.getString("rechargeNo") + "\\?k=[A-Za-z0-9_-]{22}"), o.toString());
        return o.getString("rechargeNo");
    }

    String cash(Customer c) throws Exception {
        return parse(http.get("/api/v1/account", "Authorization", c.user().bearer()).body()).getString("cash");
    }

    String statusInDatabase(String rechargeNo) throws Exception {
        return TestUsers.string("select status from recharge where recharge_no = '" + rechargeNo + "'");
    }

    long credits(Customer c) throws Exception {
        return TestUsers.count("select count(*) from journal_entry where entry_type = 'RECHARGE' and customer_id = " + c.id());
    }

    JsonObject notification(String rechargeNo, String kind, String amount) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/dev/payments/" + rechargeNo + "/notification?kind=" + kind + "&amount=" + amount,
                "Authorization", LedgerIT.admin());
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body());
    }

    static HttpResponse<String> post(Http client, JsonObject notification) throws Exception {
        List<String> headers = new ArrayList<>();
        notification.getJsonObject("headers").forEach((k, v) -> {
            headers.add(k);
            headers.add(((jakarta.json.JsonString) v).getString());
        });
        return client.json("POST", "/api/v1/payments/notify/wechat", notification.getString("body"), headers.toArray(String[]::new));
    }

    String paySilently(String rechargeNo) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/v1/dev/payments/" + rechargeNo + "/pay-silently", null, "Authorization", LedgerIT.admin());
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body()).getString("transactionId");
    }

    void awaitCash(Customer c, String expected) throws Exception {
        for (int i = 0; i < 100 && !expected.equals(cash(c)); i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, cash(c));
    }

    @Test
    void aRechargePaidThroughTheSimulatorIsCreditedByItsSignedNotification() throws Exception {
        Customer c = customer();
        String no = recharge(c, "88.80");
        assertEquals("0.00", cash(c));

        HttpResponse<String> paid = http.json("POST", "/api/v1/dev/payments/" + no + "/pay", null, "Authorization", c.user().bearer());
        assertEquals(200, paid.statusCode(), paid.body());

        awaitCash(c, "88.80");
        assertEquals("PAID", statusInDatabase(no));
        assertEquals("NOTIFICATION", TestUsers.string("select source from channel_payment where recharge_no = '" + no + "'"));
        JsonObject line = parse("{\"a\":" + http.get("/api/v1/transactions", "Authorization", c.user().bearer()).body() + "}")
                .getJsonArray("a").getJsonObject(0);
        assertEquals("RECHARGE", line.getString("type"));
        assertEquals("WECHAT", line.getString("channel"));
        assertEquals("88.80", line.getString("amount"));
        assertEquals("88.80", line.getString("balanceAfter"));
        JsonObject shown = parse(http.get("/api/v1/recharges/" + no, "Authorization", c.user().bearer()).body());
        assertEquals("PAID", shown.getString("status"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'RECHARGE_PAID' and target = '" + no + "'"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'RECHARGE_CREATE' and actor = '" + c.user().username() + "'"));
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void aNotificationReplayedAThousandTimesFromParallelThreadsIsCreditedOnce() throws Exception {
        Customer c = customer();
        String no = recharge(c, "1234.56");
        paySilently(no);
        JsonObject genuine = notification(no, "GENUINE", "0");

        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<HttpResponse<String>>> parallel = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            parallel.add(pool.submit(() -> post(new Http(), genuine)));
        }
        int success = 0;
        for (Future<HttpResponse<String>> f : parallel) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200 && r.body().contains("SUCCESS")) {
                success++;
            }
        }
        pool.shutdown();
        for (int i = 0; i < 500; i++) {
            HttpResponse<String> r = post(http, genuine);
            assertEquals(200, r.statusCode(), r.body());
            success++;
        }

        assertEquals(1000, success, "every delivery, the first and the replays, is answered success");
        assertEquals("1234.56", cash(c));
        assertEquals(1, credits(c));
        assertEquals(1, TestUsers.count("select count(*) from channel_payment where recharge_no = '" + no + "'"));
        assertEquals("PAID", statusInDatabase(no));
        LedgerIT.assertReconciled(http, c.id());
    }

    @Test
    void forgedTamperedAndMismatchedNotificationsChangeNothingAndTheQueryOnReturnRecoversTheLostOne() throws Exception {
        Customer c = customer();
        String no = recharge(c, "500.00");
        long forgedBefore = TestUsers.count("select count(*) from audit_event where action = 'PAYMENT_NOTIFICATION_FORGED'");

        HttpResponse<String> forged = post(http, notification(no, "FORGED", "500.00"));
        assertEquals(400, forged.statusCode(), forged.body());
        String tx = paySilently(no);
        HttpResponse<String> tampered = post(http, notification(no, "TAMPERED", "50000.00"));
        assertEquals(400, tampered.statusCode(), tampered.body());
        HttpResponse<String> mismatched = post(http, notification(no, "MISMATCHED", "0.01"));
        assertEquals(400, mismatched.statusCode(), mismatched.body());
        HttpResponse<String> unknownChannel = http.json("POST", "/api/v1/payments/notify/paypal", "{}");
        assertEquals(404, unknownChannel.statusCode());

        assertEquals("0.00", cash(c), "nothing credited");
        assertEquals(0, credits(c));
        assertEquals("PENDING", statusInDatabase(no));
        assertEquals(forgedBefore + 2, TestUsers.count("select count(*) from audit_event where action = 'PAYMENT_NOTIFICATION_FORGED'"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'PAYMENT_NOTIFICATION_MISMATCH' and target = '" + no + "'"));
        assertEquals("AMOUNT_MISMATCH", TestUsers.string("select outcome from channel_payment where recharge_no = '" + no + "'"));

        // the payer is back on our page: the query finds the payment whose notification never came
        JsonObject shown = parse(http.get("/api/v1/recharges/" + no, "Authorization", c.user().bearer()).body());
        assertEquals("PAID", shown.getString("status"));
        assertEquals("500.00", cash(c));
        assertEquals("QUERY", TestUsers.string("select source from channel_payment where recharge_no = '" + no + "' and outcome = 'CREDITED'"));
        assertEquals(tx, TestUsers.string("select transaction_id from recharge where recharge_no = '" + no + "'"));
        // the notification arrives late after all: answered success, nothing more
        assertEquals(200, post(http, notification(no, "GENUINE", "0")).statusCode());
        assertEquals(1, credits(c));

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonObject recon = parse(http.get("/api/v1/ops/ledger/reconciliation?day=" + today, "Authorization", LedgerIT.finance()).body());
        assertTrue(recon.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .anyMatch(l -> l.getString("rechargeNo").equals(no) && l.getString("status").equals("AMOUNT_MISMATCH")
                        && l.getString("channelAmount").equals("0.01")), recon.toString());
        assertFalse(recon.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .anyMatch(l -> l.getString("transactionId").equals(tx)), "the credited payment matches the ledger");
        assertEquals(403, http.get("/api/v1/ops/ledger/reconciliation", "Authorization", c.user().bearer()).statusCode());
        assertEquals(400, http.get("/api/v1/ops/ledger/reconciliation?day=yesterday", "Authorization", LedgerIT.finance()).statusCode());
    }

    @Test
    void anUnpaidRechargeExpiresAndCanNoLongerBePaid() throws Exception {
        Customer c = customer();
        String no = recharge(c, "10.00");
        String admin = LedgerIT.admin();
        try {
            HttpResponse<String> moved = http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + Instant.now().plus(31, ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS) + "\"}", "Authorization", admin);
            assertEquals(200, moved.statusCode(), moved.body());
            JsonObject shown = parse(http.get("/api/v1/recharges/" + no, "Authorization", c.user().bearer()).body());
            assertEquals("EXPIRED", shown.getString("status"));
            HttpResponse<String> pay = http.json("POST", "/api/v1/dev/payments/" + no + "/pay", null, "Authorization", c.user().bearer());
            assertEquals(400, pay.statusCode(), pay.body());
            assertEquals("0.00", cash(c));
            assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'RECHARGE_EXPIRED' and target = '" + no + "'"));
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", admin);
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        Customer c = customer();
        for (String[] bad : new String[][]{{"\"0\"", "\"WECHAT\""}, {"\"-5.00\"", "\"WECHAT\""}, {"\"1.001\"", "\"ALIPAY\""},
                {"\"abc\"", "\"ALIPAY\""}, {"\"100000000.01\"", "\"ECNY\""}, {"\"10.00\"", "\"PAYPAL\""}, {"\"10.00\"", "\"BANK_TRANSFER\""},
                {"\"10.00\"", "null"}, {"null", "\"UNIONPAY\""}}) {
            HttpResponse<String> r = create(c, bad[0], bad[1]);
            assertEquals(400, r.statusCode(), bad[0] + " " + bad[1] + ": " + r.body());
            JsonObject e = parse(r.body());
            assertFalse(e.getString("message").isBlank(), r.body());
        }
        HttpResponse<String> english = http.json("POST", "/api/v1/recharges", "{\"amount\":\"1.001\",\"channel\":\"WECHAT\"}",
                "Authorization", c.user().bearer(), "Accept-Language", "en");
        assertTrue(parse(english.body()).getString("message").contains("two decimals"), english.body());
        assertEquals(0, TestUsers.count("select count(*) from recharge where customer_id = " + c.id()));

        Customer other = customer();
        String theirs = recharge(other, "20.00");
        assertEquals(404, http.get("/api/v1/recharges/" + theirs, "Authorization", c.user().bearer()).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/recharges", "{\"amount\":\"10.00\",\"channel\":\"WECHAT\"}",
                "Authorization", LedgerIT.finance()).statusCode());
        assertEquals(401, http.json("POST", "/api/v1/recharges", "{\"amount\":\"10.00\",\"channel\":\"WECHAT\"}").statusCode());
        assertEquals(403, http.json("POST", "/api/v1/dev/payments/" + theirs + "/pay-silently", null, "Authorization",
                c.user().bearer()).statusCode());
        JsonObject list = parse("{\"a\":" + http.get("/api/v1/recharges", "Authorization", other.user().bearer()).body() + "}");
        assertEquals(1, list.getJsonArray("a").size());
    }

    @Test
    void theSimulatorOpensARechargeOnlyToItsCustomerOrToTheHolderOfItsPayLink() throws Exception {
        Customer c = customer();
        String no = recharge(c, "12.30");
        String payUrl = parse(http.get("/api/v1/recharges/" + no, "Authorization", c.user().bearer()).body()).getString("payUrl");
        String key = payUrl.substring(payUrl.indexOf("?k=") + 3);
        Customer other = customer();
        String dev = "/api/v1/dev/payments/" + no;

        assertEquals(404, http.get(dev).statusCode(), "a stranger cannot read the recharge");
        assertEquals(404, http.get(dev, "Authorization", other.user().bearer()).statusCode(), "nor can another customer");
        assertEquals(404, http.get(dev + "?k=" + key.substring(1) + "A").statusCode(), "nor a guessed key");
        assertEquals(404, http.json("POST", dev + "/pay", null).statusCode());
        assertEquals(404, http.json("POST", dev + "/pay", null, "Authorization", other.user().bearer()).statusCode());
        assertEquals(404, http.json("POST", dev + "/pay", null, "Authorization", LedgerIT.finance()).statusCode());
        assertEquals(404, http.get("/pay/simulator/" + no).statusCode(), "the pay page without the key is not found either");
        assertEquals("PENDING", statusInDatabase(no), "nothing was paid");

        assertEquals(200, http.get(dev, "Authorization", c.user().bearer()).statusCode(), "the customer itself");
        assertEquals(200, http.get("/pay/simulator/" + no + "?k=" + key).statusCode(), "the link opens the pay page");
        HttpResponse<String> paid = http.json("POST", dev + "/pay?k=" + key, null);
        assertEquals(200, paid.statusCode(), paid.body());
        awaitCash(c, "12.30");
    }
}
