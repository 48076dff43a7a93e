package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.suanli.it.Http.parse;
import static io.suanli.it.MarketingIT.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coupon and deduction cash coupon batches, grants and checkout through the API (SPEC §9): the worked example end to
 * end with exact amounts, holding by unpaid orders, giving back on cancel and rejection, the quantity under concurrent
 * grants, one coupon under concurrent orders, and bad input. Every batch and discount here is limited to this class's
 * own product, so no other test's price changes; the policy is put back afterwards.
 */
@ServerTest
@RunAsClient
class CouponIT {

    static TestCatalog.Built catalog;
    static final List<String> discounts = new ArrayList<>();
    final Http http = new Http();

    @BeforeAll
    static void product() throws Exception {
        catalog = TestCatalog.build(true, "10000.00", "14.000000");
    }

    @AfterAll
    static void endDiscounts() throws Exception {
        Http http = new Http();
        for (String id : discounts) {
            http.json("POST", "/api/v1/ops/marketing/discounts/" + id + "/end", null, "Authorization", TestCatalog.ops());
        }
    }

    OrderIT.Customer customer(String cash) throws Exception {
        return new OrderIT().customer(cash, "0.00");
    }

    String batch(String fields) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/batches", "{\"productCode\":\"" + catalog.product()
                + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"," + fields + "}",
                "Authorization", TestCatalog.ops());
        assertEquals(201, r.statusCode(), r.body());
        return parse(r.body()).getString("id");
    }

    HttpResponse<String> grant(String batch, String... customerIds) throws Exception {
        return http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/grants",
                "{\"customerIds\":[\"" + String.join("\",\"", customerIds) + "\"]}", "Authorization", TestCatalog.ops());
    }

    /** The customer's grant of the batch (by name), from its coupon list. */
    JsonObject coupon(OrderIT.Customer c, String name) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/coupons", "Authorization", c.token());
        assertEquals(200, r.statusCode(), r.body());
        for (JsonObject x : array(r.body()).getValuesAs(JsonObject.class)) {
            if (name.equals(x.getString("name"))) {
                return x;
            }
        }
        throw new AssertionError(name + " not among " + r.body());
    }

    String body(String extra) {
        return "{\"specCode\":\"" + catalog.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1" + extra + "}";
    }

    static JsonArray array(String body) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return r.readArray();
        }
    }

    static String error(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Polls a condition for up to ten seconds (notifications may be sent after the grant's commit). */
    static boolean eventually(Check c) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (c.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return c.holds();
    }

    @Test
    void aRechargeBatchMakesItsCodesOnceAsExcelAndEachIsRedeemedOnceIntoTheCashCouponBalance() throws Exception {
        String name = "充值现金券-" + System.nanoTime();
        HttpResponse<String> made = http.json("POST", "/api/v1/ops/marketing/batches", "{\"kind\":\"RECHARGE_CASH_COUPON\",\"name\":\"" + name
                + "\",\"quantity\":3,\"faceValue\":\"100.00\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"}",
                "Authorization", TestCatalog.ops());
        assertEquals(201, made.statusCode(), made.body());
        String batch = parse(made.body()).getString("id");
        OrderIT.Customer a = customer("0.00");
        assertEquals("marketing.rechargeByCodes", error(grant(batch, a.id())), "codes, not grants");

        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Deployments.BASE + "/api/v1/ops/marketing/batches/" + batch + "/codes")).header("Authorization", TestCatalog.ops())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        List<String> codes = new ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            assertEquals("兑换码", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                codes.add(sheet.getRow(row).getCell(0).getStringCellValue());
                assertEquals("¥100.00", sheet.getRow(row).getCell(1).getStringCellValue());
            }
        }
        assertEquals(3, codes.size());
        assertEquals(3, codes.stream().distinct().count(), "unique");
        codes.forEach(c -> assertTrue(c.matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}"), c));
        assertEquals(0, TestUsers.count("select count(*) from cash_coupon where code_hash = '" + codes.get(0) + "' or code_hint = '" + codes.get(0) + "'"),
                "only hashes are kept");
        assertEquals(3, TestUsers.count("select count(*) from cash_coupon where batch_id = " + batch + " and status = 'ACTIVE'"));

        // once: a second export is refused and makes nothing
        HttpResponse<String> again = http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/codes", null, "Authorization", TestCatalog.ops());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("marketing.codesExportedAlready", parse(again.body()).getString("code"));
        assertEquals(3, TestUsers.count("select count(*) from cash_coupon where batch_id = " + batch));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'BATCH_CODES_EXPORT' and target = '" + batch
                + "' and outcome = 'OK'"));

        // a customer redeems a code once (as typed: lower case, spaces); the batch counts it used and its value given
        HttpResponse<String> redeemed = http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\" " + codes.get(1).toLowerCase() + " \"}",
                "Authorization", a.token());
        assertEquals(200, redeemed.statusCode(), redeemed.body());
        assertEquals("100.00", parse(redeemed.body()).getString("cashCoupon"));
        assertEquals("coupon.used", error(http.json("POST", "/api/v1/account/cash-coupons", "{\"code\":\"" + codes.get(1) + "\"}",
                "Authorization", customer("0.00").token())));
        JsonObject view = ok(http.get("/api/v1/ops/marketing/batches/" + batch, "Authorization", TestCatalog.ops()));
        assertEquals(3, view.getInt("granted"));
        assertEquals(1, view.getInt("used"));
        assertEquals("100.00", view.getString("discountGiven"));
        assertTrue(view.containsKey("codesExportedAt"), view.toString());

        // a coupon batch has no codes; a recharge batch has no scope and no automatic grant
        assertEquals("marketing.batchHasNoCodes", error(http.json("POST", "/api/v1/ops/marketing/batches/" + batch("\"kind\":\"COUPON\",\"name\":\"无码-"
                + name + "\",\"quantity\":1,\"amountOff\":\"5.00\",\"threshold\":\"10.00\"") + "/codes", null, "Authorization", TestCatalog.ops())));
        assertEquals("marketing.rechargeHasNoScope", error(http.json("POST", "/api/v1/ops/marketing/batches", "{\"kind\":\"RECHARGE_CASH_COUPON\","
                + "\"name\":\"x\",\"quantity\":3,\"faceValue\":\"100.00\",\"productCode\":\"" + catalog.product() + "\",\"validFrom\":"
                + "\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"}", "Authorization", TestCatalog.ops())));
    }

    HttpResponse<String> pack(String name, int quantity, String validTo, String items) throws Exception {
        return http.json("POST", "/api/v1/ops/marketing/batches", "{\"kind\":\"ACTIVITY_PACK\",\"name\":\"" + name + "\",\"quantity\":" + quantity
                + ",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"" + validTo + "\",\"items\":" + items + "}", "Authorization", TestCatalog.ops());
    }

    int granted(String batch) throws Exception {
        return ok(http.get("/api/v1/ops/marketing/batches/" + batch, "Authorization", TestCatalog.ops())).getInt("granted");
    }

    @Test
    void anActivityPackGrantsItsItemsAsOneWithinItsQuantityAndTheirs() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String couponName = "包内券-" + tag;
        String cashName = "包内抵扣-" + tag;
        String coupons = batch("\"kind\":\"COUPON\",\"name\":\"" + couponName + "\",\"quantity\":10,\"amountOff\":\"50.00\",\"threshold\":\"500.00\"");
        String cash = batch("\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + cashName + "\",\"quantity\":3,\"faceValue\":\"100.00\"");
        HttpResponse<String> made = pack("新客礼包-" + tag, 2, "2099-01-01T00:00:00Z", "[{\"batchId\":\"" + coupons + "\",\"count\":2},{\"batchId\":" + cash + "}]");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject p = parse(made.body());
        String pack = p.getString("id");
        assertEquals(2, p.getJsonArray("items").size(), p.toString());
        assertEquals(2, p.getJsonArray("items").getJsonObject(0).getInt("count"));

        OrderIT.Customer a = customer("0.00");
        assertEquals(1, ok(grant(pack, a.id())).getInt("granted"));
        HttpResponse<String> mine = http.get("/api/v1/coupons", "Authorization", a.token());
        List<String> names = array(mine.body()).getValuesAs(JsonObject.class).stream().map(x -> x.getString("name")).toList();
        assertEquals(2, names.stream().filter(couponName::equals).count(), names.toString());
        assertEquals(1, names.stream().filter(cashName::equals).count(), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("新客礼包")), "the pack itself is no coupon");
        assertEquals(List.of(1, 2, 1), List.of(granted(pack), granted(coupons), granted(cash)));
        assertTrue(eventually(() -> TestUsers.count("select count(*) from notification x join user_account u on u.id = x.user_id where u.customer_id = "
                + a.id() + " and x.body like '%新客礼包-" + tag + "%'") == 1), "one notification for the pack");

        // one pack left: a grant of two is refused whole; an item with too little left refuses the whole grant too
        OrderIT.Customer b = customer("0.00");
        OrderIT.Customer c = customer("0.00");
        assertEquals("marketing.batchExhausted", error(grant(pack, b.id(), c.id())));
        assertEquals(List.of(1, 2, 1), List.of(granted(pack), granted(coupons), granted(cash)), "nothing granted");
        String short1 = parse(pack("单项礼包-" + tag, 5, "2099-01-01T00:00:00Z", "[{\"batchId\":\"" + cash + "\",\"count\":2}]").body()).getString("id");
        assertEquals("marketing.batchExhausted", error(grant(short1, b.id(), c.id())), "four of the cash coupons wanted, two left");
        assertEquals(List.of(0, 1), List.of(granted(short1), granted(cash)), "the pack is not counted when an item is short");
        assertEquals(1, ok(grant(pack, b.id())).getInt("granted"));
        assertEquals(List.of(2, 4, 2), List.of(granted(pack), granted(coupons), granted(cash)));

        // bad packs are refused with their keys and nothing is made
        String recharge = parse(http.json("POST", "/api/v1/ops/marketing/batches", "{\"kind\":\"RECHARGE_CASH_COUPON\",\"name\":\"包外充值-" + tag
                + "\",\"quantity\":1,\"faceValue\":\"10.00\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"}",
                "Authorization", TestCatalog.ops()).body()).getString("id");
        for (String[] bad : new String[][]{{"[]", "marketing.packItemsInvalid"},
                {"[{\"batchId\":\"" + coupons + "\"},{\"batchId\":\"" + coupons + "\"}]", "marketing.packItemsInvalid"},
                {"[{\"batchId\":\"" + recharge + "\"}]", "marketing.packItemKind"},
                {"[{\"batchId\":\"" + coupons + "\",\"count\":11}]", "marketing.packItemCount"},
                {"[{\"batchId\":\"" + pack + "\"}]", "marketing.packItemKind"}}) {
            assertEquals(bad[1], error(pack("坏礼包-" + tag, 5, "2099-01-01T00:00:00Z", bad[0])), bad[0]);
        }
        assertEquals("marketing.packItemEndsEarly", error(pack("坏礼包-" + tag, 5, "2099-06-01T00:00:00Z", "[{\"batchId\":\"" + coupons + "\"}]")));
        assertEquals(404, pack("坏礼包-" + tag, 5, "2099-01-01T00:00:00Z", "[{\"batchId\":\"1\"}]").statusCode());
        assertEquals("marketing.itemsOnlyForPack", error(http.json("POST", "/api/v1/ops/marketing/batches", "{\"kind\":\"COUPON\",\"name\":\"坏礼包-"
                + tag + "\",\"quantity\":1,\"amountOff\":\"5.00\",\"threshold\":\"10.00\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":"
                + "\"2099-01-01T00:00:00Z\",\"items\":[{\"batchId\":\"" + coupons + "\"}]}", "Authorization", TestCatalog.ops())));
        assertEquals(0, TestUsers.count("select count(*) from coupon_batch where name = '坏礼包-" + tag + "'"));
    }

    /** The names of the customer's coupons and cash coupons. */
    List<String> couponNames(TestCustomers.Onboarded c) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/coupons", "Authorization", Http.bearer(TestCustomers.token(c.username(), TestUsers.PASSWORD)));
        assertEquals(200, r.statusCode(), r.body());
        return array(r.body()).getValuesAs(JsonObject.class).stream().map(x -> x.getString("name")).toList();
    }

    void recharge(TestCustomers.Onboarded c, String amount) throws Exception {
        assertEquals(201, http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"" + amount
                + "\",\"channel\":\"BANK_TRANSFER\",\"reason\":\"首充\"}", "Authorization", LedgerIT.finance()).statusCode());
    }

    @Test
    void batchesGrantThemselvesOnRegistrationVerificationAndALargeEnoughFirstRechargeWithinTheirQuantity() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String reg = "注册礼-" + tag;
        String ver = "认证礼-" + tag;
        String first = "首充礼-" + tag;
        String regBatch = batch("\"kind\":\"COUPON\",\"name\":\"" + reg + "\",\"quantity\":1,\"amountOff\":\"20.00\",\"threshold\":\"100.00\","
                + "\"autoGrantOn\":\"REGISTERED\"");
        String verBatch = batch("\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + ver + "\",\"quantity\":1,\"faceValue\":\"50.00\",\"autoGrantOn\":\"verified\"");
        String firstBatch = batch("\"kind\":\"COUPON\",\"name\":\"" + first + "\",\"quantity\":1,\"amountOff\":\"30.00\",\"threshold\":\"300.00\","
                + "\"autoGrantOn\":\"FIRST_RECHARGE\",\"autoGrantMinRecharge\":\"1000.00\"");
        JsonObject shown = ok(http.get("/api/v1/ops/marketing/batches/" + firstBatch, "Authorization", TestCatalog.ops()));
        assertEquals("FIRST_RECHARGE", shown.getString("autoGrantOn"));
        assertEquals("1000.00", shown.getString("autoGrantMinRecharge"));

        // onboarding registers and verifies at once: the first customer gets both, the second neither (one of each in all)
        TestCustomers.Onboarded x = TestCustomers.onboard("自动发放甲科技", "0.00");
        TestCustomers.Onboarded y = TestCustomers.onboard("自动发放乙科技", "0.00");
        assertTrue(eventually(() -> couponNames(x).containsAll(List.of(reg, ver))), "granted on registration and verification");
        assertEquals(List.of(), couponNames(y).stream().filter(n -> n.endsWith(tag)).toList(), "the batches are granted out");
        assertEquals("auto:REGISTERED", TestUsers.string("select granted_by from coupon_grant where batch_id = " + regBatch));
        assertEquals("auto:VERIFIED", TestUsers.string("select granted_by from coupon_grant where batch_id = " + verBatch));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'BATCH_AUTO_GRANT' and target = '" + regBatch + "'"));
        String ofX = " join user_account u on u.id = x.user_id where u.customer_id = " + x.id();
        assertTrue(eventually(() -> TestUsers.count("select count(*) from notification x" + ofX + " and x.body like '%" + reg + "%'") >= 1), "notified");

        // a first recharge below the least grants nothing, nor does a later larger one; a large enough first one grants
        recharge(x, "999.99");
        recharge(x, "5000.00");
        recharge(y, "1000.00");
        assertTrue(eventually(() -> couponNames(y).contains(first)), "granted on a first recharge of 1,000.00");
        assertTrue(!couponNames(x).contains(first), "not on a first recharge of 999.99, nor on the second");
        assertEquals(1, TestUsers.count("select count(*) from coupon_grant where batch_id = " + firstBatch));

        // bad automatic grants are refused and nothing is made
        for (String[] bad : new String[][]{{"\"autoGrantOn\":\"BIRTHDAY\"", "marketing.autoGrantOnInvalid"},
                {"\"autoGrantOn\":\"FIRST_RECHARGE\"", "marketing.autoGrantMinRequired"},
                {"\"autoGrantOn\":\"FIRST_RECHARGE\",\"autoGrantMinRecharge\":\"0.00\"", "marketing.autoGrantMinRequired"},
                {"\"autoGrantOn\":\"VERIFIED\",\"autoGrantMinRecharge\":\"100.00\"", "marketing.autoGrantMinOnlyRecharge"}}) {
            String name = "坏自动券-" + tag;
            assertEquals(bad[1], error(http.json("POST", "/api/v1/ops/marketing/batches", "{\"validFrom\":\"2020-01-01T00:00:00Z\","
                    + "\"validTo\":\"2099-01-01T00:00:00Z\",\"kind\":\"COUPON\",\"name\":\"" + name + "\",\"quantity\":5,\"amountOff\":\"5.00\","
                    + "\"threshold\":\"10.00\"," + bad[0] + "}", "Authorization", TestCatalog.ops())), bad[0]);
            assertEquals(0, TestUsers.count("select count(*) from coupon_batch where name = '" + name + "'"));
        }
    }

    @Test
    void aGrantByFilterReachesTheVerifiedEnterprisesOfACityOnly() throws Exception {
        OrderIT.Customer a = customer("0.00");
        OrderIT.Customer b = customer("0.00");
        for (OrderIT.Customer c : List.of(a, b)) {
            ok(http.json("PUT", "/api/v1/ops/customers/" + c.id() + "/region", "{\"provinceCode\":\"650000\",\"cityCode\":\"650100\"}",
                    "Authorization", TestCatalog.ops()));
        }
        String name = "乌鲁木齐企业券-" + a.id();
        String batch = batch("\"kind\":\"COUPON\",\"name\":\"" + name + "\",\"quantity\":1000,\"amountOff\":\"20.00\",\"threshold\":\"100.00\"");
        String filter = "{\"filter\":{\"customerType\":\"ENTERPRISE\",\"verifiedOnly\":true,\"provinceCode\":\"650000\",\"cityCode\":\"650100\"}}";
        JsonObject r = ok(http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/grants", filter, "Authorization", TestCatalog.ops()));
        assertTrue(r.getInt("granted") >= 2, r.toString());
        assertEquals("USABLE", coupon(a, name).getString("status"));
        assertEquals("USABLE", coupon(b, name).getString("status"));
        assertEquals(0, TestUsers.count("select count(*) from coupon_grant g join customer c on c.id = g.customer_id where g.batch_id = " + batch
                + " and (c.city_code is null or c.city_code <> '650100' or c.customer_type <> 'ENTERPRISE' or c.verified = false)"), "only the filter's customers");
        // each grant is notified to the customer's administrator: in-app (naming the batch), SMS and e-mail
        String of = " join user_account u on u.id = x.user_id where u.customer_id = " + a.id();
        assertTrue(eventually(() -> TestUsers.count("select count(*) from notification x" + of + " and x.body like '%" + name + "%'") >= 1), "in-app");
        assertTrue(eventually(() -> TestUsers.count("select count(*) from message_delivery x" + of
                + " and x.template_code = 'COUPON_GRANTED' and x.channel = 'SMS'") >= 1), "SMS");
        assertTrue(eventually(() -> TestUsers.count("select count(*) from message_delivery x" + of
                + " and x.template_code = 'COUPON_GRANTED' and x.channel = 'EMAIL'") >= 1), "e-mail");
        JsonObject again = ok(http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/grants", filter, "Authorization", TestCatalog.ops()));
        assertEquals(0, again.getInt("granted"), "each already holds as many as the batch allows");

        // the batches page exports every batch with its usage to Excel
        Http ops = new Http();
        ops.loginForm("ops", "Ops@2026");
        String viewState = AuditLogIT.viewState(ops.get("/console/ops/coupon-batches.xhtml").body());
        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).cookieHandler(ops.cookieHandler()).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.BASE + "/console/ops/coupon-batches.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.urlEncode(java.util.Map.of("batchesForm", "batchesForm",
                                "batchesForm:export", "", "jakarta.faces.ViewState", viewState))))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            assertEquals("面值", sheet.getRow(0).getCell(3).getStringCellValue());
            boolean found = false;
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                if (name.equals(sheet.getRow(row).getCell(2).getStringCellValue())) {
                    found = true;
                    assertEquals("满 ¥100.00 减 ¥20.00", sheet.getRow(row).getCell(3).getStringCellValue());
                    assertEquals(1000, (int) sheet.getRow(row).getCell(6).getNumericCellValue(), "quantity");
                    assertTrue(sheet.getRow(row).getCell(7).getNumericCellValue() >= 2, "granted");
                }
            }
            assertTrue(found, "the batch is exported");
        }

        for (String[] bad : new String[][]{{"{\"filter\":{\"provinceCode\":\"650100\"}}", "customer.provinceInvalid"},
                {"{\"filter\":{\"customerType\":\"ROBOT\"}}", "customer.typeInvalid"},
                {"{\"filter\":{\"provinceCode\":\"710000\",\"cityCode\":\"710100\"}}", "marketing.grantMatchesNobody"}}) {
            long before = TestUsers.count("select count(*) from coupon_grant where batch_id = " + batch);
            assertEquals(bad[1], error(http.json("POST", "/api/v1/ops/marketing/batches/" + batch + "/grants", bad[0], "Authorization",
                    TestCatalog.ops())), bad[0]);
            assertEquals(before, TestUsers.count("select count(*) from coupon_grant where batch_id = " + batch), "nothing granted for " + bad[0]);
        }
    }

    @Test
    void theSpecExampleWithACouponAndACashCouponHeldUsedAndGivenBack() throws Exception {
        JsonObject before = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        OrderIT.Customer c = customer("10000.00");
        try {
            discounts.add(ok(http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + catalog.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"平台95折\",\"scope\":\"PLATFORM\",\"rate\":\"0.95\"}",
                    "Authorization", TestCatalog.ops())).getString("id"));
            discounts.add(ok(http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + catalog.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"客户9折\",\"scope\":\"CUSTOMER\",\"customerId\":\"" + c.id()
                    + "\",\"rate\":\"0.90\"}", "Authorization", TestCatalog.ops())).getString("id"));
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"STACKED\",\"floorRate\":\"0.80\"}", "Authorization",
                    TestCatalog.ops()));
            String couponName = "满5000减500-" + c.id();
            String cashName = "抵扣300-" + c.id();
            String cb = batch("\"kind\":\"COUPON\",\"name\":\"" + couponName + "\",\"quantity\":5,\"amountOff\":\"500.00\",\"threshold\":\"5000.00\"");
            String db = batch("\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + cashName + "\",\"quantity\":5,\"faceValue\":\"300.00\"");
            JsonObject g = ok(grant(cb, c.id()));
            assertEquals(1, g.getInt("granted"));
            assertEquals(0, g.getInt("skipped"));
            assertEquals(1, ok(grant(db, c.id())).getInt("granted"));
            assertEquals(1, ok(grant(cb, c.id())).getInt("skipped"), "once per customer and batch");

            JsonObject coupon = coupon(c, couponName);
            JsonObject cash = coupon(c, cashName);
            assertEquals("USABLE", coupon.getString("status"));
            assertEquals("500.00", coupon.getString("amountOff"));
            assertEquals("5000.00", coupon.getString("threshold"));
            assertEquals("300.00", cash.getString("balance"));
            String extra = ",\"couponId\":\"" + coupon.getString("id") + "\",\"cashCouponIds\":[\"" + cash.getString("id") + "\"]";

            JsonObject q = ok(http.json("POST", "/api/v1/quotes", body(extra), "Authorization", c.token()));
            assertEquals("10000.00", q.getString("listAmount"));
            assertEquals("1450.00", q.getString("discountAmount"));
            assertEquals("500.00", q.getString("couponAmount"));
            assertEquals("300.00", q.getString("cashCouponAmount"));
            assertEquals("7750.00", q.getString("payableAmount"));
            assertEquals(coupon.getString("id"), q.getString("couponId"));

            JsonObject o = ok(http.json("POST", "/api/v1/orders", body(extra), "Authorization", c.token()));
            String no = o.getString("orderNo");
            assertEquals("7750.00", o.getString("payableAmount"));
            assertEquals("500.00", o.getString("couponAmount"));
            assertEquals("300.00", o.getString("cashCouponAmount"));
            assertEquals(coupon.getString("id"), o.getString("couponId"));
            JsonArray cc = o.getJsonArray("cashCoupons");
            assertEquals(1, cc.size(), o.toString());
            assertEquals("300.00", cc.getJsonObject(0).getString("amount"));
            assertEquals(2, o.getJsonArray("discounts").size());
            assertEquals("HELD", coupon(c, couponName).getString("status"));
            assertEquals("USED", coupon(c, cashName).getString("status"));
            assertEquals("0.00", coupon(c, cashName).getString("balance"));
            assertEquals("marketing.couponHeld", error(http.json("POST", "/api/v1/quotes", body(extra), "Authorization", c.token())));

            ok(http.json("POST", "/api/v1/orders/" + no + "/pay", null, "Authorization", c.token()));
            assertEquals("2250.00", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cash"));
            assertEquals("USED", coupon(c, couponName).getString("status"));
            JsonObject usage = ok(http.get("/api/v1/ops/marketing/batches/" + cb, "Authorization", TestCatalog.ops()));
            assertEquals(1, usage.getInt("granted"));
            assertEquals(1, usage.getInt("used"));
            assertEquals("500.00", usage.getString("discountGiven"));
            assertEquals("300.00", ok(http.get("/api/v1/ops/marketing/batches/" + db, "Authorization", TestCatalog.ops()))
                    .getString("discountGiven"));
            JsonObject seen = ok(http.get("/api/v1/ops/orders/" + no, "Authorization", TestCatalog.ops()));
            assertEquals(coupon.getString("id"), seen.getString("couponId"));
            assertEquals("300.00", seen.getString("cashCouponAmount"));

            // rejected before acceptance: the payment comes back in full, the coupon and the cash coupon too
            ok(http.json("POST", "/api/v1/ops/orders/" + no + "/reject", "{\"reason\":\"资源不足\"}", "Authorization", TestCatalog.ops()));
            assertEquals("10000.00", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cash"));
            assertEquals("USABLE", coupon(c, couponName).getString("status"));
            assertEquals("300.00", coupon(c, cashName).getString("balance"));

            // cancelled unpaid: back again
            JsonObject o2 = ok(http.json("POST", "/api/v1/orders", body(extra), "Authorization", c.token()));
            assertEquals("7750.00", o2.getString("payableAmount"));
            ok(http.json("POST", "/api/v1/orders/" + o2.getString("orderNo") + "/cancel", null, "Authorization", c.token()));
            assertEquals("USABLE", coupon(c, couponName).getString("status"));
            assertEquals("300.00", coupon(c, cashName).getString("balance"));

            // BEST_ONLY: 9,000.00 → 8,500.00 → 8,200.00
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"BEST_ONLY\",\"floorRate\":\"0.80\"}", "Authorization",
                    TestCatalog.ops()));
            assertEquals("8200.00", ok(http.json("POST", "/api/v1/quotes", body(extra), "Authorization", c.token())).getString("payableAmount"));
        } finally {
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"" + before.getString("stacking") + "\",\"floorRate\":\""
                    + before.getString("floorRate") + "\"}", "Authorization", TestCatalog.ops()));
        }
    }

    String batchFor(String product, String validTo, String fields) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/batches", "{\"productCode\":\"" + product
                + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"" + validTo + "\"," + fields + "}", "Authorization", TestCatalog.ops());
        assertEquals(201, r.statusCode(), r.body());
        return parse(r.body()).getString("id");
    }

    void clock(String instant) throws Exception {
        ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":" + (instant == null ? "null" : "\"" + instant + "\"") + "}", "Authorization", LedgerIT.admin()));
    }

    JsonObject charge(String resourceId, java.time.Instant hour, String amount) throws Exception {
        return ok(http.json("POST", "/api/v1/dev/usage/charges", "{\"resourceId\":\"" + resourceId + "\",\"hour\":\"" + hour
                + "\",\"amount\":\"" + amount + "\"}", "Authorization", LedgerIT.admin()));
    }

    /**
     * SPEC §9 for pay-as-you-go: each hour is priced by the discounts in force in that hour (a customer discount of 0.80
     * on 14.00 a node-hour → 11.20); deduction cash coupons allowed for pay-as-you-go pay first, soonest expiring first
     * (10.00 and 1.20 of 5.00, then 3.80), the cash account the rest; a cash coupon without pay-as-you-go is never touched; a discount
     * ended at 02:15 still prices the hour of 02:00, not the one of 03:00; replaying an hour changes nothing.
     */
    @Test
    void paygHoursAreDiscountedInTheirHourAndPaidByPaygCashCouponsFirst() throws Exception {
        OrderIT.Customer c = customer("100.00");
        try {
            String mine = ok(http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + catalog.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"按需8折\",\"scope\":\"CUSTOMER\",\"customerId\":\"" + c.id()
                    + "\",\"rate\":\"0.80\"}", "Authorization", TestCatalog.ops())).getString("id");
            discounts.add(mine);
            String soon = "按需抵扣10-" + c.id();
            String later = "按需抵扣5-" + c.id();
            String prepaid = "包月抵扣50-" + c.id();
            for (String b : List.of(batchFor(catalog.product(), "2098-01-01T00:00:00Z", "\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + soon
                            + "\",\"quantity\":1,\"faceValue\":\"10.00\",\"paygAllowed\":true"),
                    batch("\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + later + "\",\"quantity\":1,\"faceValue\":\"5.00\",\"paygAllowed\":true"),
                    batch("\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + prepaid + "\",\"quantity\":1,\"faceValue\":\"50.00\""))) {
                assertEquals(1, ok(grant(b, c.id())).getInt("granted"));
            }
            OrderIT orders = new OrderIT();
            JsonObject o = ok(orders.order(c, catalog.spec(), 1, "PAYG", null, null));
            String resource = orders.accept(o.getString("orderNo"), null).getString("resourceId");
            java.time.Instant h0 = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);

            JsonObject first = charge(resource, h0, "14.00");
            assertEquals("11.20", first.getString("rated"), "14.00 × 0.80");
            assertEquals("0.00", first.getString("charged"), "10.00 by the soonest-expiring cash coupon, 1.20 by the other");
            JsonObject second = charge(resource, h0.plusSeconds(3600), "14.00");
            assertEquals("7.40", second.getString("charged"), "3.80 left on the other one, the rest from cash");
            assertTrue(charge(resource, h0, "14.00").getBoolean("replayed"));
            assertEquals("0.00", coupon(c, soon).getString("balance"));
            assertEquals("0.00", coupon(c, later).getString("balance"));
            assertEquals("50.00", coupon(c, prepaid).getString("balance"), "not allowed for pay-as-you-go");
            assertEquals("92.60", orders.account(c).getString("cash"));
            String hours = "select count(*) from usage_hour where resource_id = " + resource;
            assertEquals(1, TestUsers.count(hours + " and list_amount = 14.00 and discount = 2.80 and rated = 11.20 and coupon_paid = 11.20 and charged = 0.00"));
            assertEquals(1, TestUsers.count(hours + " and coupon_paid = 3.80 and charged = 7.40"));
            assertEquals(3, TestUsers.count("select count(*) from coupon_use where customer_id = " + c.id() + " and status = 'USED' and order_no like 'USE-"
                    + resource + "-%'"));

            clock(h0.plusSeconds(2 * 3600 + 900).toString());
            ok(http.json("POST", "/api/v1/ops/marketing/discounts/" + mine + "/end", null, "Authorization", TestCatalog.ops()));
            assertEquals("11.20", charge(resource, h0.plusSeconds(2 * 3600), "14.00").getString("charged"), "in force at 02:00, ended at 02:15");
            assertEquals("14.00", charge(resource, h0.plusSeconds(3 * 3600), "14.00").getString("charged"), "ended before 03:00");
            assertEquals("67.40", orders.account(c).getString("cash"));
        } finally {
            clock(null);
        }
    }

    /**
     * §8 on a discounted, couponed order: an unpaid order that expires gives its coupon and cash coupon back (a coupon
     * that ended meanwhile stays expired); a paid one unsubscribed refunds the used share of what the accounts paid,
     * never the discount, the coupon or the cash coupon. 10,000.00 × 0.90 = 9,000.00 − 500.00 − 300.00 = 8,200.00 paid
     * in cash; July 2026 is 744 h; unsubscribed 100 h 20 min after activation → 101 h → used 8,200.00 × 101 ÷ 744 =
     * 1,113.17 → refund 7,086.83 to cash.
     */
    @Test
    void anExpiredOrderGivesItsCouponsBackAndAnUnsubscribedOneRefundsOnlyWhatWasPaid() throws Exception {
        JsonObject before = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        OrderIT.Customer c = customer("10000.00");
        try {
            clock("2026-06-01T00:00:00Z"); // priced from 1 June, so that the scenario can play in July
            TestCatalog.Built own = TestCatalog.build(true, "10000.00", "14.000000");
            clock("2026-06-30T15:00:00Z");
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"STACKED\",\"floorRate\":\"0.80\"}", "Authorization", TestCatalog.ops()));
            discounts.add(ok(http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + own.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"客户9折\",\"scope\":\"CUSTOMER\",\"customerId\":\"" + c.id()
                    + "\",\"rate\":\"0.90\"}", "Authorization", TestCatalog.ops())).getString("id"));
            String couponName = "退订券-" + c.id();
            String cashName = "退订抵扣-" + c.id();
            String endingName = "将过期券-" + c.id();
            ok(grant(batchFor(own.product(), "2099-01-01T00:00:00Z", "\"kind\":\"COUPON\",\"name\":\"" + couponName
                    + "\",\"quantity\":1,\"amountOff\":\"500.00\",\"threshold\":\"5000.00\""), c.id()));
            ok(grant(batchFor(own.product(), "2099-01-01T00:00:00Z", "\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"" + cashName
                    + "\",\"quantity\":1,\"faceValue\":\"300.00\""), c.id()));
            ok(grant(batchFor(own.product(), "2026-06-30T15:20:00Z", "\"kind\":\"COUPON\",\"name\":\"" + endingName
                    + "\",\"quantity\":1,\"amountOff\":\"100.00\",\"threshold\":\"1000.00\""), c.id()));
            String coupon = coupon(c, couponName).getString("id");
            String cash = coupon(c, cashName).getString("id");
            String ending = coupon(c, endingName).getString("id");
            String order = "{\"specCode\":\"" + own.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1";

            // unpaid orders holding them expire: the coupon and the cash coupon come back, the coupon that ended stays expired
            JsonObject held = ok(http.json("POST", "/api/v1/orders", order + ",\"couponId\":\"" + coupon + "\",\"cashCouponIds\":[\"" + cash + "\"]}",
                    "Authorization", c.token()));
            assertEquals("8200.00", held.getString("payableAmount"));
            JsonObject other = ok(http.json("POST", "/api/v1/orders", order + ",\"couponId\":\"" + ending + "\"}", "Authorization", c.token()));
            assertEquals("HELD", coupon(c, endingName).getString("status"));
            clock("2026-06-30T15:31:00Z");
            ok(http.json("POST", "/api/v1/dev/usage/expire-orders", null, "Authorization", LedgerIT.admin()));
            assertEquals("EXPIRED", ok(http.get("/api/v1/orders/" + held.getString("orderNo"), "Authorization", c.token())).getString("status"));
            assertEquals("EXPIRED", ok(http.get("/api/v1/orders/" + other.getString("orderNo"), "Authorization", c.token())).getString("status"));
            assertEquals("USABLE", coupon(c, couponName).getString("status"));
            assertEquals("300.00", coupon(c, cashName).getString("balance"));
            assertEquals("EXPIRED", coupon(c, endingName).getString("status"), "given back after its end, it stays expired");

            // paid, activated, unsubscribed after 100 h 20 min
            clock("2026-06-30T16:00:00Z");
            JsonObject o = ok(http.json("POST", "/api/v1/orders", order + ",\"couponId\":\"" + coupon + "\",\"cashCouponIds\":[\"" + cash + "\"]}",
                    "Authorization", c.token()));
            assertEquals("8200.00", o.getString("payableAmount"));
            assertEquals("1000.00", o.getString("discountAmount"));
            ok(http.json("POST", "/api/v1/orders/" + o.getString("orderNo") + "/pay", null, "Authorization", c.token()));
            assertEquals("1800.00", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cash"));
            String resource = new OrderIT().accept(o.getString("orderNo"), "2026-06-30T16:00:00Z").getString("resourceId");
            clock("2026-07-04T20:20:00Z");
            JsonObject preview = ok(http.json("POST", "/api/v1/resources/" + resource + "/unsubscribe/preview", null, "Authorization", c.token()));
            assertEquals(101, preview.getInt("usedHours"));
            assertEquals("1113.17", preview.getString("usedAmount"));
            assertEquals("7086.83", preview.getString("refundAmount"));
            JsonObject done = new OrderIT().approve(ok(http.json("POST", "/api/v1/resources/" + resource + "/unsubscribe", null, "Authorization",
                    c.token())).getString("orderNo"));
            assertEquals("CASH:7086.83", done.getString("refundSplit"));
            assertEquals("8886.83", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cash"));
            assertEquals("0.00", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cashCoupon"));
            assertEquals("USED", coupon(c, couponName).getString("status"), "the coupon is not given back");
            assertEquals("0.00", coupon(c, cashName).getString("balance"), "nor the cash coupon");
            LedgerIT.assertReconciled(http, c.id());
        } finally {
            clock(null);
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"" + before.getString("stacking") + "\",\"floorRate\":\""
                    + before.getString("floorRate") + "\"}", "Authorization", TestCatalog.ops()));
        }
    }

    @Test
    void fiftyConcurrentGrantsOnABatchOfTwentyGrantExactlyTwenty() throws Exception {
        OrderIT.Customer c = customer("0.00");
        String b = batch("\"kind\":\"COUPON\",\"name\":\"并发-" + c.id() + "\",\"quantity\":20,\"perCustomer\":20,\"amountOff\":\"10.00\","
                + "\"threshold\":\"100.00\"");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit((Callable<HttpResponse<String>>) () -> grant(b, c.id())));
            }
            int granted = 0;
            for (Future<HttpResponse<String>> f : calls) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 200) {
                    granted += parse(r.body()).getInt("granted");
                } else {
                    assertEquals("marketing.batchExhausted", error(r));
                }
            }
            assertEquals(20, granted);
        } finally {
            pool.shutdown();
        }
        JsonObject v = ok(http.get("/api/v1/ops/marketing/batches/" + b, "Authorization", TestCatalog.ops()));
        assertEquals(20, v.getInt("granted"));
        long mine = array(http.get("/api/v1/coupons", "Authorization", c.token()).body()).getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("name").equals("并发-" + c.id())).count();
        assertEquals(20, mine);
        assertEquals(1, ok(grant(b, c.id())).getInt("skipped"), "it holds as many as the batch allows one customer");
        assertEquals("marketing.batchExhausted", error(grant(b, customer("0.00").id())));
    }

    @Test
    void twoOrdersAtOnceWithOneCouponOnlyOneGetsIt() throws Exception {
        OrderIT.Customer c = customer("0.00");
        String name = "一张券-" + c.id();
        String b = batch("\"kind\":\"COUPON\",\"name\":\"" + name + "\",\"quantity\":1,\"percentOff\":\"15\",\"maxOff\":\"200.00\"");
        ok(grant(b, c.id()));
        JsonObject coupon = coupon(c, name);
        assertEquals("15", coupon.getString("percentOff"));
        String extra = ",\"couponId\":\"" + coupon.getString("id") + "\"";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = pool.submit(() -> http.json("POST", "/api/v1/orders", body(extra), "Authorization", c.token()));
            Future<HttpResponse<String>> d = pool.submit(() -> http.json("POST", "/api/v1/orders", body(extra), "Authorization", c.token()));
            List<HttpResponse<String>> rs = List.of(a.get(), d.get());
            assertEquals(1, rs.stream().filter(r -> r.statusCode() == 201).count(), rs.get(0).body() + " / " + rs.get(1).body());
            HttpResponse<String> won = rs.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
            assertEquals("200.00", parse(won.body()).getString("couponAmount"), "15 % of 10,000.00 capped at 200.00");
            assertEquals("9800.00", parse(won.body()).getString("payableAmount"));
            assertEquals("marketing.couponHeld", error(rs.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow()));
        } finally {
            pool.shutdown();
        }
    }

    long batchCount() throws Exception {
        return ok(http.get("/api/v1/ops/marketing/batches?max=1", "Authorization", TestCatalog.ops())).getJsonNumber("total").longValue();
    }

    void refused(String fields, String key) throws Exception {
        long count = batchCount();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/batches", "{\"name\":\"坏批次\",\"validFrom\":\"2026-07-01T00:00:00Z\","
                + "\"validTo\":\"2027-07-01T00:00:00Z\"," + fields + "}", "Authorization", TestCatalog.ops());
        assertEquals(key, error(r), fields);
        assertEquals(count, batchCount(), "nothing created for " + fields);
    }

    @Test
    void badBatchesGrantsAndCouponsAreRefusedAndChangeNothing() throws Exception {
        refused("\"kind\":\"COUPON\",\"quantity\":5,\"amountOff\":\"200.00\",\"threshold\":\"100.00\"", "marketing.couponAmountAboveThreshold");
        refused("\"kind\":\"COUPON\",\"quantity\":5,\"percentOff\":\"120\"", "marketing.percentOffInvalid");
        refused("\"kind\":\"COUPON\",\"quantity\":0,\"amountOff\":\"5.00\",\"threshold\":\"10.00\"", "marketing.quantityInvalid");
        refused("\"kind\":\"DEDUCTION_CASH_COUPON\",\"quantity\":5,\"faceValue\":\"0\"", "marketing.cashCouponFaceInvalid");
        HttpResponse<String> reversed = http.json("POST", "/api/v1/ops/marketing/batches", "{\"name\":\"反\",\"kind\":\"COUPON\",\"quantity\":5,"
                + "\"amountOff\":\"5.00\",\"threshold\":\"10.00\",\"validFrom\":\"2027-07-01T00:00:00Z\",\"validTo\":\"2026-07-01T00:00:00Z\"}",
                "Authorization", TestCatalog.ops());
        assertEquals("marketing.validityInvalid", error(reversed));

        OrderIT.Customer c = customer("0.00");
        OrderIT.Customer other = customer("0.00");
        String name = "两张-" + c.id();
        String b = batch("\"kind\":\"COUPON\",\"name\":\"" + name + "\",\"quantity\":2,\"amountOff\":\"100.00\",\"threshold\":\"20000.00\"");
        assertEquals("marketing.batchExhausted", error(grant(b, c.id(), other.id(), customer("0.00").id())), "three customers, two coupons");
        assertEquals("marketing.customerUnknown", error(grant(b, c.id(), "999999999999")));
        assertEquals(0, ok(http.get("/api/v1/ops/marketing/batches/" + b, "Authorization", TestCatalog.ops())).getInt("granted"));
        ok(grant(b, c.id()));
        String id = coupon(c, name).getString("id");

        HttpResponse<String> foreign = http.json("POST", "/api/v1/quotes", body(",\"couponId\":\"" + id + "\""), "Authorization", other.token());
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals("marketing.couponNotFound", parse(foreign.body()).getString("code"));
        assertEquals("marketing.couponBelowThreshold", error(http.json("POST", "/api/v1/quotes", body(",\"couponId\":\"" + id + "\""),
                "Authorization", c.token())));
        assertEquals("marketing.couponPrepaidOnly", error(http.json("POST", "/api/v1/quotes", "{\"specCode\":\"" + catalog.spec()
                + "\",\"nodes\":1,\"billingMode\":\"PAYG\",\"couponId\":\"" + id + "\"}", "Authorization", c.token())));
        assertEquals("marketing.notACashCoupon", error(http.json("POST", "/api/v1/quotes", body(",\"cashCouponIds\":[\"" + id + "\"]"),
                "Authorization", c.token())));
        assertEquals("USABLE", coupon(c, name).getString("status"));
    }
}
