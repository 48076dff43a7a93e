package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discounts and the stacking policy through the API (SPEC §9's example): a product of 10,000.00 per node-month, a
 * platform 0.95 and a customer 0.90 discount. Every discount made here is limited to this test's own product, and the
 * policy is put back afterwards, so no other test's price changes (they have no discounts on their products).
 */
@ServerTest
@RunAsClient
class MarketingIT {

    static TestCatalog.Built catalog;
    static TestCatalog.Built plain;
    static final List<String> made = new ArrayList<>();
    final Http http = new Http();

    @BeforeAll
    static void product() throws Exception {
        catalog = TestCatalog.build(true, "10000.00", "14.000000");
        plain = TestCatalog.build(true, "100.00", "1.000000");
    }

    @AfterAll
    static void endDiscounts() throws Exception {
        Http http = new Http();
        for (String id : made) {
            http.json("POST", "/api/v1/ops/marketing/discounts/" + id + "/end", null, "Authorization", TestCatalog.ops());
        }
    }

    /** A verified enterprise onboarded by sales with this much cash (OrderIT's helper). */
    OrderIT.Customer customer(String cash) throws Exception {
        return new OrderIT().customer(cash, "0.00");
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    String discount(String fields) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + catalog.product()
                + "\",\"validFrom\":\"2020-01-01T00:00:00Z\"," + fields + "}", "Authorization", TestCatalog.ops());
        assertEquals(201, r.statusCode(), r.body());
        String id = parse(r.body()).getString("id");
        made.add(id);
        return id;
    }

    void policy(String stacking, String floor) throws Exception {
        JsonObject p = ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"" + stacking + "\",\"floorRate\":\"" + floor + "\"}",
                "Authorization", TestCatalog.ops()));
        assertEquals(stacking, p.getString("stacking"));
    }

    JsonObject quote(OrderIT.Customer c) throws Exception {
        return ok(http.json("POST", "/api/v1/quotes", "{\"specCode\":\"" + catalog.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\","
                + "\"periods\":1}", "Authorization", c.token()));
    }

    long discountCount() throws Exception {
        return ok(http.get("/api/v1/ops/marketing/discounts?max=1", "Authorization", TestCatalog.ops())).getJsonNumber("total").longValue();
    }

    @Test
    void discountsStackOrNotByThePolicyWithTheFloor() throws Exception {
        JsonObject before = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        OrderIT.Customer c = customer("10000.00");
        OrderIT.Customer other = customer("0.00");
        try {
            String platform = discount("\"name\":\"全平台95折\",\"scope\":\"PLATFORM\",\"rate\":\"0.95\"");
            String mine = discount("\"name\":\"客户9折\",\"scope\":\"CUSTOMER\",\"customerId\":\"" + c.id() + "\",\"rate\":\"0.90\"");

            policy("STACKED", "0.80");
            JsonObject q = quote(c);
            assertEquals("10000.00", q.getString("listAmount"));
            assertEquals("1450.00", q.getString("discountAmount"));
            assertEquals("0.00", q.getString("couponAmount"));
            assertEquals("0.00", q.getString("cashCouponAmount"));
            assertEquals("8550.00", q.getString("payableAmount"));
            JsonArray ds = q.getJsonArray("discounts");
            assertEquals(2, ds.size(), ds.toString());
            assertEquals("PLATFORM", ds.getJsonObject(0).getString("source"));
            assertEquals(platform, ds.getJsonObject(0).getString("id"));
            assertEquals("0.95", ds.getJsonObject(0).getString("rate"));
            assertEquals("500.00", ds.getJsonObject(0).getString("amount"));
            assertEquals("CUSTOMER", ds.getJsonObject(1).getString("source"));
            assertEquals(mine, ds.getJsonObject(1).getString("id"));
            assertEquals("950.00", ds.getJsonObject(1).getString("amount"));
            assertEquals(new BigDecimal("1450.00"), new BigDecimal(ds.getJsonObject(0).getString("amount"))
                    .add(new BigDecimal(ds.getJsonObject(1).getString("amount"))));

            policy("BEST_ONLY", "0.80");
            assertEquals("9000.00", quote(c).getString("payableAmount"));
            policy("STACKED", "0.88");
            assertEquals("8800.00", quote(c).getString("payableAmount"));
            assertEquals("1200.00", quote(c).getString("discountAmount"));
            assertEquals("9500.00", quote(other).getString("payableAmount"), "another customer gets the platform discount only");

            JsonObject o = ok(http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + catalog.spec()
                    + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}", "Authorization", c.token()));
            assertEquals("10000.00", o.getString("listAmount"));
            assertEquals("1200.00", o.getString("discountAmount"));
            assertEquals("8800.00", o.getString("payableAmount"));
            assertEquals("0.00", o.getString("cashCouponAmount"));
            // the order keeps its price breakdown (SPEC §9): the floor cut falls on the narrowest discount
            keptBreakdown(o, platform, mine);
            ok(http.json("POST", "/api/v1/orders/" + o.getString("orderNo") + "/pay", null, "Authorization", c.token()));
            keptBreakdown(ok(http.get("/api/v1/orders/" + o.getString("orderNo"), "Authorization", c.token())), platform, mine);
            keptBreakdown(ok(http.get("/api/v1/ops/orders/" + o.getString("orderNo"), "Authorization", TestCatalog.ops())), platform, mine);
            assertEquals("1200.00", ok(http.get("/api/v1/account", "Authorization", c.token())).getString("cash"));

            JsonObject ended = ok(http.json("POST", "/api/v1/ops/marketing/discounts/" + platform + "/end", null, "Authorization", TestCatalog.ops()));
            assertTrue(ended.containsKey("endedAt"));
            policy("BEST_ONLY", "0.80");
            JsonObject after = quote(c);
            assertEquals("9000.00", after.getString("payableAmount"));
            assertEquals(1, after.getJsonArray("discounts").size());
            assertEquals("10000.00", quote(other).getString("payableAmount"), "the ended discount no longer applies");
            keptBreakdown(ok(http.get("/api/v1/orders/" + o.getString("orderNo"), "Authorization", c.token())), platform, mine);

            JsonObject none = ok(http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + plain.spec()
                    + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}", "Authorization", other.token()));
            assertEquals("0.00", none.getString("discountAmount"));
            assertEquals("0.00", none.getString("cashCouponAmount"));
            assertEquals(0, none.getJsonArray("discounts").size(), none.toString());
            assertEquals(0, ok(http.get("/api/v1/orders/" + none.getString("orderNo"), "Authorization", other.token()))
                    .getJsonArray("discounts").size());
            assertEquals(0, ok(http.get("/api/v1/ops/orders/" + none.getString("orderNo"), "Authorization", TestCatalog.ops()))
                    .getJsonArray("discounts").size());
            ok(http.json("POST", "/api/v1/orders/" + none.getString("orderNo") + "/cancel", null, "Authorization", other.token()));
            assertEquals("marketing.discountEnded", parse(http.json("POST", "/api/v1/ops/marketing/discounts/" + platform + "/end", null,
                    "Authorization", TestCatalog.ops()).body()).getString("code"));
        } finally {
            ok(http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"" + before.getString("stacking") + "\",\"floorRate\":\""
                    + before.getString("floorRate") + "\"}", "Authorization", TestCatalog.ops()));
        }
    }

    /** The order's discounts as placed at floor 0.88: platform 0.95 takes 500.00, the customer's 0.90 the rest to 1,200.00. */
    static void keptBreakdown(JsonObject o, String platform, String mine) {
        JsonArray ds = o.getJsonArray("discounts");
        assertEquals(2, ds.size(), o.toString());
        JsonObject first = ds.getJsonObject(0);
        JsonObject second = ds.getJsonObject(1);
        assertEquals("PLATFORM", first.getString("source"));
        assertEquals(platform, first.getString("id"));
        assertEquals("0.95", first.getString("rate"));
        assertEquals("500.00", first.getString("amount"));
        assertEquals("CUSTOMER", second.getString("source"));
        assertEquals(mine, second.getString("id"));
        assertEquals("0.90", second.getString("rate"));
        assertEquals("700.00", second.getString("amount"));
        assertEquals(new BigDecimal(o.getString("discountAmount")), new BigDecimal(first.getString("amount"))
                .add(new BigDecimal(second.getString("amount"))));
    }

    @Test
    void aRegionDiscountAppliesToTheCustomersOperationsPlacedInTheRegionOnly() throws Exception {
        TestCatalog.Built regional = TestCatalog.build(true, "1000.00", "2.000000");
        JsonObject before = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        OrderIT.Customer shenzhen = customer("0.00");
        OrderIT.Customer elsewhere = customer("0.00");
        try {
            policy("BEST_ONLY", "0.80");
            HttpResponse<String> d = http.json("POST", "/api/v1/ops/marketing/discounts", "{\"productCode\":\"" + regional.product()
                    + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"name\":\"深圳88折\",\"scope\":\"REGION\",\"region\":\"440300\",\"rate\":\"0.88\"}",
                    "Authorization", TestCatalog.ops());
            assertEquals(201, d.statusCode(), d.body());
            made.add(parse(d.body()).getString("id"));
            String body = "{\"specCode\":\"" + regional.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}";
            assertEquals("0.00", ok(http.json("POST", "/api/v1/quotes", body, "Authorization", shenzhen.token())).getString("discountAmount"),
                    "no region known yet");

            JsonObject set = ok(http.json("PUT", "/api/v1/ops/customers/" + shenzhen.id() + "/region",
                    "{\"provinceCode\":\"440000\",\"cityCode\":\"440300\"}", "Authorization", TestCatalog.ops()));
            assertEquals("440300", set.getString("cityCode"));
            ok(http.json("PUT", "/api/v1/ops/customers/" + elsewhere.id() + "/region", "{\"provinceCode\":\"110000\"}", "Authorization",
                    TestCatalog.ops()));
            JsonObject q = ok(http.json("POST", "/api/v1/quotes", body, "Authorization", shenzhen.token()));
            assertEquals("120.00", q.getString("discountAmount"));
            assertEquals("880.00", q.getString("payableAmount"));
            assertEquals("0.00", ok(http.json("POST", "/api/v1/quotes", body, "Authorization", elsewhere.token())).getString("discountAmount"));
            assertEquals("0.00", ok(http.json("POST", "/api/v1/quotes", body)).getString("discountAmount"), "a visitor has no region");

            // the preview: the specs on shelf it matches (this product's only) and the customers of Shenzhen it covers
            JsonObject preview = ok(http.get("/api/v1/ops/marketing/discounts/" + made.get(made.size() - 1) + "/preview", "Authorization",
                    TestCatalog.ops()));
            List<JsonObject> specs = preview.getJsonArray("specs").getValuesAs(JsonObject.class);
            assertEquals(List.of(regional.spec()), specs.stream().map(x -> x.getString("specCode")).toList(), preview.toString());
            assertEquals(regional.product(), specs.get(0).getString("productCode"));
            int covered = preview.getInt("customers");
            assertEquals(TestUsers.count("select count(*) from customer where status = 'ACTIVE' and city_code = '440300'"), covered);
            assertTrue(covered >= 1 && covered > 20 || preview.getJsonArray("customerNames").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList().contains(TestUsers.string("select name from customer where id = " + shenzhen.id())),
                    preview.toString());
            assertEquals(404, http.get("/api/v1/ops/marketing/discounts/1/preview", "Authorization", TestCatalog.ops()).statusCode());
            assertEquals(403, http.get("/api/v1/ops/marketing/discounts/" + made.get(made.size() - 1) + "/preview", "Authorization",
                    LedgerIT.finance()).statusCode());

            for (String[] bad : new String[][]{{"{\"provinceCode\":\"440300\"}", "customer.provinceInvalid"},
                    {"{\"provinceCode\":\"440000\",\"cityCode\":\"110100\"}", "customer.cityInvalid"},
                    {"{\"cityCode\":\"440300\"}", "validation.required"}}) {
                HttpResponse<String> r = http.json("PUT", "/api/v1/ops/customers/" + shenzhen.id() + "/region", bad[0], "Authorization", TestCatalog.ops());
                assertEquals(400, r.statusCode(), bad[0] + " → " + r.body());
                assertEquals(bad[1], parse(r.body()).getString("code"), bad[0]);
            }
            assertEquals("120.00", ok(http.json("POST", "/api/v1/quotes", body, "Authorization", shenzhen.token())).getString("discountAmount"),
                    "a refused change leaves the region as it was");
            assertEquals(404, http.json("PUT", "/api/v1/ops/customers/1/region", "{\"provinceCode\":\"440000\"}", "Authorization",
                    TestCatalog.ops()).statusCode());
            assertEquals(403, http.json("PUT", "/api/v1/ops/customers/" + shenzhen.id() + "/region", "{\"provinceCode\":\"110000\"}",
                    "Authorization", LedgerIT.finance()).statusCode());
            assertTrue(TestUsers.count("select count(*) from audit_event where action = 'CUSTOMER_REGION_UPDATE' and actor = 'ops'") >= 2);
        } finally {
            policy(before.getString("stacking"), before.getString("floorRate"));
        }
    }

    void refused(String body, String key) throws Exception {
        long count = discountCount();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/discounts", body, "Authorization", TestCatalog.ops());
        assertEquals(400, r.statusCode(), body + " → " + r.body());
        assertEquals(key, parse(r.body()).getString("code"), body);
        assertEquals(count, discountCount(), "nothing created for " + body);
    }

    @Test
    void badDiscountsAndPoliciesAreRefusedWithTheirKeys() throws Exception {
        String base = "\"name\":\"坏折扣\",\"productCode\":\"" + catalog.product() + "\",\"validFrom\":\"2026-07-01T00:00:00Z\"";
        refused("{" + base + ",\"scope\":\"PLATFORM\",\"rate\":\"0\"}", "marketing.rateInvalid");
        refused("{" + base + ",\"scope\":\"PLATFORM\",\"rate\":\"1.01\"}", "marketing.rateInvalid");
        refused("{" + base + ",\"scope\":\"PLATFORM\",\"rate\":\"0.90\",\"validTo\":\"2026-06-30T00:00:00Z\"}", "marketing.validityInvalid");
        refused("{" + base + ",\"scope\":\"REGION\",\"rate\":\"0.90\"}", "marketing.regionRequired");
        refused("{" + base + ",\"rate\":\"0.90\"}", "validation.required");
        JsonObject before = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        HttpResponse<String> r = http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"STACKED\",\"floorRate\":\"1.2\"}",
                "Authorization", TestCatalog.ops());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("marketing.floorInvalid", parse(r.body()).getString("code"));
        JsonObject after = ok(http.get("/api/v1/ops/marketing/policy", "Authorization", TestCatalog.ops()));
        assertEquals(before.getString("stacking"), after.getString("stacking"));
        assertEquals(before.getString("floorRate"), after.getString("floorRate"));
    }

    @Test
    void salesMayListDiscountsButNotCreateThem() throws Exception {
        String sales = bearer(TestCustomers.token("sales", "Sales@2026"));
        ok(http.get("/api/v1/ops/marketing/discounts", "Authorization", sales));
        ok(http.get("/api/v1/ops/marketing/policy", "Authorization", sales));
        long count = discountCount();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/discounts", "{\"name\":\"销售折扣\",\"scope\":\"PLATFORM\",\"productCode\":\""
                + catalog.product() + "\",\"rate\":\"0.50\",\"validFrom\":\"2026-07-01T00:00:00Z\"}", "Authorization", sales);
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("auth.functionMissing", parse(r.body()).getString("code"));
        assertEquals(403, http.json("PUT", "/api/v1/ops/marketing/policy", "{\"stacking\":\"STACKED\",\"floorRate\":\"0.10\"}",
                "Authorization", sales).statusCode());
        assertEquals(count, discountCount());
    }
}
