package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog through its services (O1, P1, U3): an operator builds a product from nothing to on-shelf, the public
 * catalog and the quote service show and price it, prices are versioned, every change is audited, and bad input
 * is refused with nothing saved.
 */
@ServerTest
@RunAsClient
class CatalogIT {

    static final AtomicInteger SEQ = TestCatalog.SEQ;

    final Http http = new Http();

    static String ops() throws Exception {
        return bearer(TestCustomers.token("ops", "Ops@2026"));
    }

    HttpResponse<String> call(String method, String path, String body) throws Exception {
        return http.json(method, path, body, "Authorization", ops());
    }

    JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    String refused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }

    /** A new product with one spec, priced monthly 1,234.56 and per node-hour 3.141593 by a new active strategy. */
    record Built(String product, String spec, String strategy) {
    }

    Built build(boolean onShelf) throws Exception {
        TestCatalog.Built b = TestCatalog.build(onShelf, "1234.56", "3.141593");
        return new Built(b.product(), b.spec(), b.strategy());
    }

    HttpResponse<String> quote(String spec, int nodes, String mode, Integer periods) throws Exception {
        return new Http().json("POST", "/api/v1/quotes", "{\"specCode\":\"" + spec + "\",\"nodes\":" + nodes + ",\"billingMode\":\"" + mode + "\""
                + (periods == null ? "" : ",\"periods\":" + periods) + "}");
    }

    @Test
    void anOperatorBuildsAProductFromNothingToOnShelfAndEveryoneCanQuoteIt() throws Exception {
        Built b = build(false);
        assertEquals("quote.notOnShelf", refused(quote(b.spec(), 1, "PREPAID_MONTHLY", 1)), "a draft is not quotable");
        assertFalse(new Http().get("/api/v1/catalog/products").body().contains(b.product()), "a draft is not in the portal");
        assertEquals(404, new Http().get("/api/v1/catalog/products/" + b.product()).statusCode());
        JsonObject preview = ok(call("POST", "/api/v1/ops/catalog/products/" + b.product() + "/preview", null));
        assertEquals("PREVIEW", preview.getString("status"));
        assertEquals(200, http.get("/api/v1/catalog/products/" + b.product() + "?preview=true", "Authorization", ops()).statusCode(),
                "operations see the preview");
        assertEquals(404, new Http().get("/api/v1/catalog/products/" + b.product() + "?preview=true").statusCode(), "visitors do not");
        ok(call("POST", "/api/v1/ops/catalog/products/" + b.product() + "/on-shelf", null));

        JsonArray products = parse("{\"a\":" + new Http().get("/api/v1/catalog/products", "Accept-Language", "en").body() + "}").getJsonArray("a");
        JsonObject p = products.stream().map(v -> v.asJsonObject()).filter(x -> x.getString("code").equals(b.product())).findFirst().orElseThrow();
        assertTrue(p.getString("name").startsWith("Test compute"), p.toString());
        assertEquals("it-cat", p.getString("category"));
        JsonObject spec = p.getJsonArray("specs").getJsonObject(0);
        assertEquals(b.spec(), spec.getString("code"));
        assertTrue(spec.getJsonArray("prices").stream().anyMatch(x -> x.asJsonObject().getString("billingMode").equals("PREPAID_MONTHLY")
                && x.asJsonObject().getString("amount").equals("1234.56") && x.asJsonObject().getString("unit").equals("MONTH")), spec.toString());
        assertTrue(spec.getJsonArray("prices").stream().anyMatch(x -> x.asJsonObject().getString("amount").equals("3.141593")), spec.toString());

        JsonObject monthly = ok(quote(b.spec(), 3, "PREPAID_MONTHLY", 2));
        assertEquals("7407.36", monthly.getString("listAmount"));
        assertEquals("0.00", monthly.getString("discountAmount"));
        assertEquals("0.00", monthly.getString("couponAmount"));
        assertEquals("7407.36", monthly.getString("payableAmount"));
        JsonObject payg = ok(quote(b.spec(), 3, "PAYG", 5));
        assertEquals("47.12", payg.getString("payableAmount"), "3.141593 × 3 × 5 = 47.123895 → 47.12");

        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'PRODUCT_CREATE' and actor = 'ops' and target = '"
                + b.product() + "'"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'PRODUCT_ON_SHELF' and target = '" + b.product() + "'"));
        assertEquals(2, TestUsers.count("select count(*) from audit_event where action = 'PRICE_ADD' and target = '" + b.strategy() + "'"));
    }

    @Test
    void aNewPriceVersionNeverRewritesTheOldOneAndQuotesKeepTheirVersion() throws Exception {
        Built b = build(true);
        JsonObject before = ok(quote(b.spec(), 1, "PREPAID_MONTHLY", 1));
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ok(call("POST", "/api/v1/ops/pricing/strategies/" + b.strategy() + "/prices", "{\"specCode\":\"" + b.spec()
                + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"amount\":\"999.99\",\"effectiveFrom\":\"" + from + "\"}"));
        JsonObject strategy = ok(call("GET", "/api/v1/ops/pricing/strategies/" + b.strategy(), null));
        JsonObject old = strategy.getJsonArray("prices").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("amount").equals("1234.56")).findFirst().orElseThrow();
        assertEquals(from.toString(), old.getString("effectiveTo"), "the old version ends where the new one starts");
        assertEquals(before.getString("priceVersionId"), old.getString("id"));
        assertEquals("1234.56", ok(quote(b.spec(), 1, "PREPAID_MONTHLY", 1)).getString("payableAmount"), "today's price until tomorrow");
        assertEquals(1, TestUsers.count("select count(*) from price_version where id = " + old.getString("id") + " and amount = 1234.56"));

        assertEquals("price.overlap", refused(call("POST", "/api/v1/ops/pricing/strategies/" + b.strategy() + "/prices", "{\"specCode\":\""
                + b.spec() + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"amount\":\"888.00\",\"effectiveFrom\":\"" + from.minusSeconds(3600) + "\"}")));
        assertEquals("price.effectiveInPast", refused(call("POST", "/api/v1/ops/pricing/strategies/" + b.strategy() + "/prices", "{\"specCode\":\""
                + b.spec() + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"amount\":\"888.00\",\"effectiveFrom\":\"2020-01-01T00:00:00Z\"}")));
        assertEquals(3, TestUsers.count("select count(*) from price_version where spec_id = (select id from spec where code = '" + b.spec() + "')"),
                "nothing saved by the refused versions");
    }

    @Test
    void badCatalogInputIsRefusedAndNothingIsSaved() throws Exception {
        Built b = build(false);
        String prices = "/api/v1/ops/pricing/strategies/" + b.strategy() + "/prices";
        assertEquals("price.notPositive", refused(call("POST", prices, "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PAYG\",\"amount\":\"0\"}")));
        assertEquals("price.notPositive", refused(call("POST", prices, "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PAYG\",\"amount\":\"-5.00\"}")));
        assertEquals("price.tooManyDecimals", refused(call("POST", prices,
                "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PREPAID_YEARLY\",\"amount\":\"1.001\"}")));
        assertEquals("money.invalid", refused(call("POST", prices, "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PAYG\",\"amount\":\"abc\"}")));
        assertEquals("price.unitInvalid", refused(call("POST", prices,
                "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"unit\":\"NODE_HOUR\",\"amount\":\"1.00\"}")));
        // a spec in two families of one strategy
        ok(call("POST", "/api/v1/ops/pricing/strategies/" + b.strategy() + "/families", "{\"code\":\"fam2\",\"nameZh\":\"族2\",\"nameEn\":\"F2\"}"));
        assertEquals("family.specInOtherFamily", refused(call("POST", "/api/v1/ops/pricing/strategies/" + b.strategy()
                + "/families/fam2/specs", "{\"specCode\":\"" + b.spec() + "\"}")));
        // a product without price cannot go on shelf; a product without specs neither
        String bare = "it-bare-" + SEQ.incrementAndGet();
        ok(call("POST", "/api/v1/ops/catalog/products", "{\"code\":\"" + bare + "\",\"nameZh\":\"无价\",\"nameEn\":\"No price\","
                + "\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}"));
        ok(call("POST", "/api/v1/ops/catalog/products/" + bare + "/preview", null));
        assertEquals("product.noSpecs", refused(call("POST", "/api/v1/ops/catalog/products/" + bare + "/on-shelf", null)));
        ok(call("PUT", "/api/v1/ops/catalog/products/" + bare + "/specs/" + bare + "-s", "{\"nameZh\":\"规格\",\"nameEn\":\"Spec\",\"hcsoSpecCode\":\"x.y\"}"));
        assertEquals("product.unpriced", refused(call("POST", "/api/v1/ops/catalog/products/" + bare + "/on-shelf", null)));
        assertEquals("PREVIEW", ok(call("GET", "/api/v1/ops/catalog/products/" + bare, null)).getString("status"));
        // illegal transitions, duplicate codes, missing names, unknown references
        assertEquals("product.illegalTransition", refused(call("POST", "/api/v1/ops/catalog/products/" + b.product() + "/off-shelf", null)));
        assertEquals("catalog.codeTaken", refused(call("POST", "/api/v1/ops/catalog/products", "{\"code\":\"" + b.product()
                + "\",\"nameZh\":\"重\",\"nameEn\":\"Dup\",\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}")));
        assertEquals("validation.required", refused(call("POST", "/api/v1/ops/catalog/products", "{\"code\":\"it-noname-" + SEQ.incrementAndGet()
                + "\",\"nameEn\":\"x\",\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}")));
        assertEquals("category.notFound", refused(call("POST", "/api/v1/ops/catalog/products", "{\"code\":\"it-nocat-" + SEQ.incrementAndGet()
                + "\",\"nameZh\":\"x\",\"nameEn\":\"x\",\"category\":\"nope\",\"resourceType\":\"IT_POOL\"}")));
        assertEquals("validation.code", refused(call("POST", "/api/v1/ops/catalog/products", "{\"code\":\"has space\","
                + "\"nameZh\":\"x\",\"nameEn\":\"x\",\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}")));
        assertEquals("spec.attributeNotANumber", refused(call("PUT", "/api/v1/ops/catalog/products/" + b.product() + "/specs/" + b.spec(),
                "{\"nameZh\":\"4卡\",\"nameEn\":\"4 cards\",\"hcsoSpecCode\":\"a.b\",\"attributes\":{\"acceleratorCount\":\"four\"}}")));
        // the English message when asked
        HttpResponse<String> en = http.json("POST", prices, "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PAYG\",\"amount\":\"0\"}",
                "Authorization", ops(), "Accept-Language", "en");
        assertTrue(parse(en.body()).getString("message").startsWith("A price must be above zero"), en.body());
        assertEquals(2, TestUsers.count("select count(*) from price_version where spec_id = (select id from spec where code = '" + b.spec() + "')"));
    }

    @Test
    void quotesOfBadRequestsAreRefusedWithClearMessages() throws Exception {
        Built b = build(true);
        assertEquals("quote.nodesRange", refused(quote(b.spec(), 0, "PREPAID_MONTHLY", 1)));
        assertEquals("quote.periodsRange", refused(quote(b.spec(), 1, "PREPAID_MONTHLY", 0)));
        assertEquals("quote.noPrice", refused(quote(b.spec(), 1, "PREPAID_YEARLY", 1)));
        assertEquals("price.billingModeInvalid", refused(quote(b.spec(), 1, "WEEKLY", 1)));
        assertEquals("spec.notFound", refused(quote("no-such-spec", 1, "PAYG", 1)));
        assertEquals("quote.couponUnknown", refused(new Http().json("POST", "/api/v1/quotes", "{\"specCode\":\"" + b.spec()
                + "\",\"nodes\":1,\"billingMode\":\"PAYG\",\"couponCode\":\"FREE\"}")));
        assertEquals("validation.required", refused(new Http().json("POST", "/api/v1/quotes", "{\"nodes\":1,\"billingMode\":\"PAYG\"}")));
        String prefix = "{\"specCode\":\"" + b.spec() + "\",\"billingMode\":\"PREPAID_MONTHLY\",";
        for (String wrong : new String[]{"\"nodes\":\"1\",\"periods\":1", "\"nodes\":1.5,\"periods\":1", "\"nodes\":1,\"periods\":null",
                "\"nodes\":1,\"periods\":\"1\"", "\"nodes\":true,\"periods\":1"}) {
            HttpResponse<String> r = new Http().json("POST", "/api/v1/quotes", prefix + wrong + "}");
            assertEquals(400, r.statusCode(), wrong + ": " + r.body());
            assertEquals("request.malformed", parse(r.body()).getString("code"), wrong);
            assertTrue(parse(r.body()).getString("message").contains(wrong.contains("nodes\":1,") ? "periods" : "nodes"), r.body());
        }
        ok(call("POST", "/api/v1/ops/catalog/products/" + b.product() + "/off-shelf", null));
        assertEquals("quote.notOnShelf", refused(quote(b.spec(), 1, "PREPAID_MONTHLY", 1)), "off shelf: no more quotes");
    }

    @Test
    void staffWithoutTheCatalogFunctionsAndCustomersAreRefused() throws Exception {
        String sales = bearer(TestCustomers.token("sales", "Sales@2026"));
        assertEquals(200, http.get("/api/v1/ops/catalog/products", "Authorization", sales).statusCode(), "sales may look");
        HttpResponse<String> edit = http.json("POST", "/api/v1/ops/catalog/products", "{\"code\":\"it-sales\",\"nameZh\":\"x\",\"nameEn\":\"x\","
                + "\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}", "Authorization", sales);
        assertEquals(403, edit.statusCode(), edit.body());
        assertEquals("auth.functionMissing", parse(edit.body()).getString("code"));
        String customer = bearer(TestCustomers.token("customer", "Customer@2026"));
        assertEquals(403, http.get("/api/v1/ops/catalog/products", "Authorization", customer).statusCode());
        assertEquals(401, new Http().get("/api/v1/ops/catalog/products").statusCode());
    }
}
