package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money core on MariaDB (§8, U8, O4): finance recharges and credit lines, the waterfall and proportional refunds,
 * idempotency by reference, no overdraft under 200 concurrent charges, balances equal to the ledger, tenant scope.
 */
@ServerTest
@RunAsClient
class LedgerIT {

    final Http http = new Http();

    static String finance() throws Exception {
        return bearer(TestCustomers.token("finance", "Finance@2026"));
    }

    static String admin() throws Exception {
        return bearer(TestCustomers.token("admin", "Admin@2026"));
    }

    record Customer(TestCustomers.Registered user, String id) {
    }

    Customer customer() throws Exception {
        TestCustomers.Registered r = TestCustomers.register("ENTERPRISE");
        return new Customer(r, parse(http.get("/api/v1/me", "Authorization", r.bearer()).body()).getString("customerId"));
    }

    HttpResponse<String> adjust(String customerId, String direction, String amount, String channel, String reason) throws Exception {
        return http.json("POST", "/api/v1/ops/accounts/" + customerId + "/adjustments", "{\"direction\":\"" + direction + "\",\"amount\":\""
                + amount + "\",\"channel\":\"" + channel + "\",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + "}",
                "Authorization", finance());
    }

    HttpResponse<String> charge(Http client, String admin, String customerId, String amount, String payFrom, String reference) throws Exception {
        return client.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + customerId + "\",\"amount\":\"" + amount + "\",\"payFrom\":\""
                + payFrom + "\",\"reference\":\"" + reference + "\"}", "Authorization", admin);
    }

    JsonObject account(Customer c) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/account", "Authorization", c.user().bearer());
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body());
    }

    void assertReconciled(String customerId) throws Exception {
        assertReconciled(http, customerId);
    }

    static void assertReconciled(Http http, String customerId) throws Exception {
        JsonObject r = parse(http.get("/api/v1/ops/accounts/" + customerId + "/reconciliation", "Authorization", finance()).body());
        assertTrue(r.getJsonObject("differences").isEmpty(), r.toString());
    }

    @Test
    void anOfflineRechargeIsALedgerLineAndTheBalanceFollowsIt() throws Exception {
        Customer c = customer();
        HttpResponse<String> line = adjust(c.id(), "CREDIT", "1000.00", "BANK_TRANSFER", "对公转账 回单号 20261125-001");
        assertEquals(201, line.statusCode(), line.body());
        JsonObject l = parse(line.body());
        assertEquals("RECHARGE", l.getString("type"));
        assertEquals("BANK_TRANSFER", l.getString("channel"));
        assertEquals("1000.00", l.getString("amount"));
        assertEquals("1000.00", l.getString("balanceAfter"));
        JsonObject a = account(c);
        assertEquals("1000.00", a.getString("cash"));
        assertEquals("0.00", a.getJsonObject("credit").getString("limit"));
        JsonArray lines = parse("{\"a\":" + http.get("/api/v1/transactions", "Authorization", c.user().bearer()).body() + "}").getJsonArray("a");
        assertEquals(1, lines.size());
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ACCOUNT_ADJUST' and actor = 'finance' and target = '"
                + c.id() + "'"));
        assertReconciled(c.id());
        JsonArray totals = parse("{\"a\":" + http.get("/api/v1/ops/ledger/channel-totals", "Authorization", finance()).body() + "}").getJsonArray("a");
        JsonObject bank = totals.stream().map(v -> v.asJsonObject()).filter(t -> t.getString("channel").equals("BANK_TRANSFER")).findFirst().orElseThrow();
        assertTrue(new java.math.BigDecimal(bank.getString("in")).compareTo(new java.math.BigDecimal("1000.00")) >= 0, bank.toString());
        HttpResponse<String> platform = http.get("/api/v1/ops/ledger?customerId=" + c.id(), "Authorization", finance());
        assertEquals("1", platform.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(403, http.get("/api/v1/ops/ledger/channel-totals", "Authorization", c.user().bearer()).statusCode());
    }

    @Test
    void financeFreezesPartOfTheCashWithAReasonAndReleasesIt() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "100.00", "BANK_TRANSFER", "预存").statusCode());
        String path = "/api/v1/ops/accounts/" + c.id() + "/freezes";
        assertEquals(400, http.json("POST", path, "{\"amount\":\"30.00\"}", "Authorization", finance()).statusCode(), "a reason is required");
        assertEquals(400, http.json("POST", path, "{\"amount\":\"100.01\",\"reason\":\"押金\"}", "Authorization", finance()).statusCode());
        assertEquals(400, http.json("POST", path, "{\"amount\":\"3.333\",\"reason\":\"押金\"}", "Authorization", finance()).statusCode());
        assertEquals(403, http.json("POST", path, "{\"amount\":\"30.00\",\"reason\":\"押金\"}", "Authorization", c.user().bearer()).statusCode());
        assertEquals("100.00", account(c).getString("cash"), "refused freezes change nothing");

        HttpResponse<String> frozen = http.json("POST", path, "{\"amount\":\"30.00\",\"reason\":\"合同押金\"}", "Authorization", finance());
        assertEquals(201, frozen.statusCode(), frozen.body());
        String ref = parse(frozen.body()).getString("reference");
        JsonObject a = account(c);
        assertEquals("70.00", a.getString("cash"));
        assertEquals("30.00", a.getString("frozen"));
        assertEquals(1, parse("{\"a\":" + http.get(path, "Authorization", finance()).body() + "}").getJsonArray("a").size());
        HttpResponse<String> released = http.json("POST", path + "/" + ref + "/release", null, "Authorization", finance());
        assertEquals(200, released.statusCode(), released.body());
        assertEquals("100.00", parse(released.body()).getString("cash"));
        assertEquals("0.00", parse(released.body()).getString("frozen"));
        assertEquals(404, http.json("POST", path + "/" + ref + "/release", null, "Authorization", finance()).statusCode());
        assertEquals(0, parse("{\"a\":" + http.get(path, "Authorization", finance()).body() + "}").getJsonArray("a").size());
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ACCOUNT_FREEZE' and outcome = 'OK' and target = '" + c.id() + "'"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ACCOUNT_UNFREEZE' and outcome = 'OK' and target = '" + c.id() + "'"));
        assertReconciled(c.id());
    }

    @Test
    void twoHundredConcurrentChargesOnFundsForOneHundredTwentyNeverOverdraw() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "120.00", "BANK_TRANSFER", "预存").statusCode());
        String admin = admin();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String ref = "conc-" + c.id() + "-" + i;
            results.add(pool.submit(() -> charge(new Http(), admin, c.id(), "1.00", "AUTO", ref)));
        }
        int ok = 0;
        int refused = 0;
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(400, r.statusCode(), r.body());
                assertEquals("account.insufficientFunds", parse(r.body()).getString("code"));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(120, ok);
        assertEquals(80, refused);
        JsonObject a = account(c);
        assertEquals("0.00", a.getString("cash"));
        assertEquals("120.00", a.getString("consumed"));
        assertEquals(120, TestUsers.count("select count(*) from journal_entry where entry_type = 'CONSUMPTION' and customer_id = " + c.id()));
        assertEquals(0, TestUsers.count("select count(*) from posting where customer_id = " + c.id() + " and balance_after < 0"));
        assertReconciled(c.id());
    }

    @Test
    void theWaterfallTakesCashThenCreditAndARefundReturnsInProportion() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "50.00", "BANK_TRANSFER", "预存").statusCode());
        HttpResponse<String> line = http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/credit-line", "{\"limit\":\"100.00\"}",
                "Authorization", finance());
        assertEquals(200, line.statusCode(), line.body());
        String admin = admin();
        HttpResponse<String> chargedResponse = charge(http, admin, c.id(), "120.00", "AUTO", "wf-" + c.id());
        assertEquals(200, chargedResponse.statusCode(), chargedResponse.body());
        JsonObject charged = parse(chargedResponse.body());
        assertEquals("50.00", charged.getJsonObject("split").getString("CASH"));
        assertEquals("70.00", charged.getJsonObject("split").getString("CREDIT"));
        JsonObject a = account(c);
        assertEquals("0.00", a.getString("cash"));
        assertEquals("70.00", a.getJsonObject("credit").getString("used"));
        assertEquals("30.00", a.getJsonObject("credit").getString("available"));

        HttpResponse<String> refund = http.json("POST", "/api/v1/dev/refunds", "{\"customerId\":\"" + c.id() + "\",\"chargeReference\":\"wf-"
                + c.id() + "\",\"amount\":\"60.01\",\"reference\":\"rf-" + c.id() + "\"}", "Authorization", admin);
        assertEquals(200, refund.statusCode(), refund.body());
        // 60.01 × 50/120 = 25.004 → 25.00; 60.01 × 70/120 = 35.0058 → 35.01; they sum to 60.01 exactly
        JsonObject split = parse(refund.body()).getJsonObject("split");
        assertEquals("25.00", split.getString("CASH"));
        assertEquals("35.01", split.getString("CREDIT"));
        HttpResponse<String> tooMuch = http.json("POST", "/api/v1/dev/refunds", "{\"customerId\":\"" + c.id() + "\",\"chargeReference\":\"wf-"
                + c.id() + "\",\"amount\":\"60.00\",\"reference\":\"rf2-" + c.id() + "\"}", "Authorization", admin);
        assertEquals("account.refundTooLarge", parse(tooMuch.body()).getString("code"));
        a = account(c);
        assertEquals("25.00", a.getString("cash"));
        assertEquals("34.99", a.getJsonObject("credit").getString("used"));
        assertEquals("59.99", a.getString("consumed"));
        assertReconciled(c.id());
    }

    @Test
    void aReplayedReferenceChangesNothing() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "10.00", "BANK_TRANSFER", "预存").statusCode());
        String admin = admin();
        JsonObject first = parse(charge(http, admin, c.id(), "3.00", "CASH", "once-" + c.id()).body());
        JsonObject again = parse(charge(http, admin, c.id(), "3.00", "CASH", "once-" + c.id()).body());
        assertEquals(false, first.getBoolean("replayed"));
        assertEquals(true, again.getBoolean("replayed"));
        assertEquals(first.getString("entryId"), again.getString("entryId"));
        assertEquals("7.00", account(c).getString("cash"));
        HttpResponse<String> different = charge(http, admin, c.id(), "4.00", "CASH", "once-" + c.id());
        assertEquals("account.referenceReused", parse(different.body()).getString("code"));
        assertEquals("7.00", account(c).getString("cash"));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() throws Exception {
        Customer c = customer();
        assertEquals("money.tooManyDecimals", parse(adjust(c.id(), "CREDIT", "10.001", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals("account.amountRange", parse(adjust(c.id(), "CREDIT", "0.00", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals("account.amountRange", parse(adjust(c.id(), "CREDIT", "-5.00", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals("account.amountRange", parse(adjust(c.id(), "CREDIT", "100000000.01", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals("account.channelInvalid", parse(adjust(c.id(), "CREDIT", "1.00", "PAYPAL", "x").body()).getString("code"));
        assertEquals("account.channelNotForAdjustment", parse(adjust(c.id(), "CREDIT", "1.00", "WECHAT", "x").body()).getString("code"));
        assertEquals("validation.required", parse(adjust(c.id(), "CREDIT", "1.00", "BANK_TRANSFER", null).body()).getString("code"));
        assertEquals("account.directionInvalid", parse(adjust(c.id(), "UP", "1.00", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals("account.insufficientFunds", parse(adjust(c.id(), "DEBIT", "1.00", "PLATFORM", "冲正").body()).getString("code"));
        assertEquals("customer.notFound", parse(adjust("42", "CREDIT", "1.00", "BANK_TRANSFER", "x").body()).getString("code"));
        assertEquals(0, TestUsers.count("select count(*) from journal_entry where customer_id = " + c.id()));
        assertEquals("0.00", account(c).getString("cash"));
    }

    @Test
    void customersSeeOnlyTheirOwnAccountAndStaffNeedTheFinanceFunctions() throws Exception {
        Customer a = customer();
        Customer b = customer();
        assertEquals(201, adjust(a.id(), "CREDIT", "8.00", "BANK_TRANSFER", "预存").statusCode());
        assertEquals("0.00", account(b).getString("cash"));
        assertEquals("[]", http.get("/api/v1/transactions", "Authorization", b.user().bearer()).body());
        assertEquals(403, http.get("/api/v1/ops/accounts/" + a.id(), "Authorization", b.user().bearer()).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/ops/accounts/" + b.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"9.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"x\"}", "Authorization", b.user().bearer()).statusCode());
        String sales = bearer(TestCustomers.token("sales", "Sales@2026"));
        assertEquals(403, http.json("POST", "/api/v1/ops/accounts/" + b.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"9.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"x\"}", "Authorization", sales).statusCode());
        assertEquals(404, http.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + a.id() + "\",\"amount\":\"1.00\",\"reference\":\"x\"}",
                "Authorization", a.user().bearer()).statusCode(), "the dev charge API is for system administrators only");
        assertEquals("8.00", account(a).getString("cash"));
        HttpResponse<String> demo = http.get("/api/v1/account", "Authorization", bearer(TestCustomers.token("customer", "Customer@2026")));
        assertEquals(200, demo.statusCode(), "the demo customer administers its account: " + demo.body());
    }

    @Test
    void operationsOnboardAVerifiedCustomerWhoCanLogInAndSeeItsBalance() throws Exception {
        long onboardedBefore = TestUsers.count("select count(*) from audit_event where action = 'CUSTOMER_ONBOARD' and actor = 'sales' and outcome = 'OK'");
        String sales = bearer(TestCustomers.token("sales", "Sales@2026"));
        String mobile = RegistrationIT.newMobile();
        String user = RegistrationIT.newUsername();
        String body = "{\"type\":\"ENTERPRISE\",\"name\":\"签约客户有限公司\",\"mobile\":\"" + mobile + "\",\"email\":\"" + user
                + "@contract.example\",\"password\":\"" + TestUsers.PASSWORD + "\"}";
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/customers", body, "Authorization", sales);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject created = parse(r.body());
        assertEquals(user, created.getString("username"), "the username comes from the e-mail address");
        String customerId = created.getString("customerId");
        assertEquals(201, adjust(customerId, "CREDIT", "66.00", "BANK_TRANSFER", "合同预付款").statusCode());
        String token = bearer(TestCustomers.token(user, TestUsers.PASSWORD));
        assertEquals("66.00", parse(http.get("/api/v1/account", "Authorization", token).body()).getString("cash"));
        assertEquals(1, TestUsers.count("select count(*) from customer where id = " + customerId + " and verified = true"));
        assertEquals("registration.mobileTaken", parse(http.json("POST", "/api/v1/ops/customers", body.replace(user + "@", "x" + user + "@"),
                "Authorization", sales).body()).getString("code"));
        assertEquals(403, http.json("POST", "/api/v1/ops/customers", body, "Authorization", token).statusCode());
        assertEquals(onboardedBefore + 1, TestUsers.count("select count(*) from audit_event where action = 'CUSTOMER_ONBOARD' and actor = 'sales' "
                + "and outcome = 'OK'"));
    }

    @Test
    void aRechargeCashCouponIsRedeemedOnceIntoTheCashCouponBalanceAndPaysFirst() throws Exception {
        Customer a = customer();
        Customer b = customer();
        HttpResponse<String> issued = http.json("POST", "/api/v1/ops/cash-coupons", "{\"faceValue\":\"30.00\"}", "Authorization", finance());
        assertEquals(201, issued.statusCode(), issued.body());
        String code = parse(issued.body()).getString("code");
        assertEquals(0, TestUsers.count("select count(*) from cash_coupon where code_hash = '" + code + "'"), "only the hash is kept");
        HttpResponse<String> redeemed = http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\"" + code.toLowerCase() + "\"}",
                "Authorization", a.user().bearer());
        assertEquals(200, redeemed.statusCode(), redeemed.body());
        assertEquals("30.00", parse(redeemed.body()).getString("cashCoupon"));
        assertEquals("coupon.used", parse(http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\"" + code + "\"}",
                "Authorization", b.user().bearer()).body()).getString("code"));
        assertEquals("coupon.unknown", parse(http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\"AAAA-BBBB-CCCC-DDDD\"}",
                "Authorization", b.user().bearer()).body()).getString("code"));
        String expired = parse(http.json("POST", "/api/v1/ops/cash-coupons", "{\"faceValue\":\"5.00\",\"validFrom\":\"2020-01-01T00:00:00Z\","
                + "\"validTo\":\"2020-12-31T00:00:00Z\"}", "Authorization", finance()).body()).getString("code");
        assertEquals("coupon.expired", parse(http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\"" + expired + "\"}",
                "Authorization", b.user().bearer()).body()).getString("code"));
        assertEquals("0.00", account(b).getString("cashCoupon"));
        assertEquals(201, adjust(a.id(), "CREDIT", "50.00", "BANK_TRANSFER", "预存").statusCode());
        JsonObject charged = parse(charge(http, admin(), a.id(), "40.00", "AUTO", "cc-" + a.id()).body());
        assertEquals("30.00", charged.getJsonObject("split").getString("CASH_COUPON"));
        assertEquals("10.00", charged.getJsonObject("split").getString("CASH"));
        assertEquals(0, TestUsers.count("select count(*) from audit_event where summary like '%" + code + "%'"), "the code is not in the audit log");
        assertReconciled(a.id());
    }

    @Test
    void aFreezeMovesCashAsideOnceAndTheUnfreezeReturnsIt() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "100.00", "BANK_TRANSFER", "预存").statusCode());
        String admin = admin();
        String body = "{\"customerId\":\"" + c.id() + "\",\"amount\":\"60.00\",\"reference\":\"fz-" + c.id() + "\"}";
        assertEquals(200, http.json("POST", "/api/v1/dev/freezes", body, "Authorization", admin).statusCode());
        assertEquals(true, parse(http.json("POST", "/api/v1/dev/freezes", body, "Authorization", admin).body()).getBoolean("replayed"));
        JsonObject a = account(c);
        assertEquals("40.00", a.getString("cash"));
        assertEquals("60.00", a.getString("frozen"));
        assertEquals("account.insufficientFunds", parse(charge(http, admin, c.id(), "40.01", "CASH", "fz-charge-" + c.id()).body()).getString("code"),
                "frozen money cannot be spent");
        String unfreeze = "{\"customerId\":\"" + c.id() + "\",\"freezeReference\":\"fz-" + c.id() + "\"}";
        assertEquals(200, http.json("POST", "/api/v1/dev/unfreezes", unfreeze, "Authorization", admin).statusCode());
        assertEquals(true, parse(http.json("POST", "/api/v1/dev/unfreezes", unfreeze, "Authorization", admin).body()).getBoolean("replayed"));
        a = account(c);
        assertEquals("100.00", a.getString("cash"));
        assertEquals("0.00", a.getString("frozen"));
        assertReconciled(c.id());
    }

    @Test
    void oneReferenceSentFiftyTimesInParallelIsChargedOnce() throws Exception {
        Customer c = customer();
        assertEquals(201, adjust(c.id(), "CREDIT", "100.00", "BANK_TRANSFER", "预存").statusCode());
        String admin = admin();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> charge(new Http(), admin, c.id(), "7.00", "AUTO", "same-" + c.id())));
        }
        int replayed = 0;
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            assertEquals(200, r.statusCode(), r.body());
            if (parse(r.body()).getBoolean("replayed")) {
                replayed++;
            }
        }
        pool.shutdown();
        assertEquals(49, replayed);
        assertEquals("93.00", account(c).getString("cash"));
        assertEquals(1, TestUsers.count("select count(*) from journal_entry where customer_id = " + c.id() + " and entry_type = 'CONSUMPTION'"));
        assertReconciled(c.id());
    }
}
