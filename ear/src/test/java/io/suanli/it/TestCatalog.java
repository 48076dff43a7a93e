package io.suanli.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds catalog data through the operations API: a product with specs priced monthly and per node-hour. */
public final class TestCatalog {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    public record Built(String product, String spec, String strategy) {
    }

    private TestCatalog() {
    }

    static String ops() throws Exception {
        return bearer(TestCustomers.token("ops", "Ops@2026"));
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    /** A new product with one spec priced {@code monthly} per node-month and {@code hourly} per node-hour. */
    public static Built build(boolean onShelf, String monthly, String hourly) throws Exception {
        return build(onShelf, monthly, null, hourly);
    }

    /** The same with a yearly price per node-year too (when not null). */
    public static Built build(boolean onShelf, String monthly, String yearly, String hourly) throws Exception {
        return build(onShelf, monthly, yearly, hourly, "IT_POOL", null);
    }

    /** The same with the product's resource type and the cloud account that opens its resources (null: none). */
    public static Built build(boolean onShelf, String monthly, String yearly, String hourly, String resourceType, String cloudAccount)
            throws Exception {
        Http http = new Http();
        String ops = ops();
        int n = SEQ.incrementAndGet();
        String product = "it-prod-" + n;
        String spec = "it-spec-" + n;
        String strategy = "it-strat-" + n;
        ok(http.json("PUT", "/api/v1/ops/catalog/categories/it-cat", "{\"nameZh\":\"测试分类\",\"nameEn\":\"Test category\",\"sortOrder\":90}", "Authorization", ops));
        ok(http.json("PUT", "/api/v1/ops/catalog/resource-types/" + resourceType, "{\"nameZh\":\"测试资源池\",\"nameEn\":\"Test pool\","
                + "\"hcsoServiceType\":\"hws.service.type.ma\",\"hcsoResourceType\":\"hws.resource.type.ma.pool\""
                + (cloudAccount == null ? "" : ",\"cloudAccount\":\"" + cloudAccount + "\"") + "}", "Authorization", ops));
        ok(http.json("PUT", "/api/v1/ops/catalog/scenarios/it-scenario", "{\"nameZh\":\"测试场景\",\"nameEn\":\"Test scenario\"}", "Authorization", ops));
        ok(http.json("POST", "/api/v1/ops/catalog/products", "{\"code\":\"" + product + "\",\"nameZh\":\"测试算力" + n + "\",\"nameEn\":\"Test compute "
                + n + "\",\"summaryZh\":\"一句话介绍\",\"category\":\"it-cat\",\"resourceType\":\"" + resourceType
                + "\",\"scenarios\":[\"it-scenario\"]}", "Authorization", ops));
        addSpec(http, ops, product, spec, n);
        ok(http.json("POST", "/api/v1/ops/pricing/strategies", "{\"code\":\"" + strategy + "\",\"nameZh\":\"测试价\",\"nameEn\":\"Test prices\"}",
                "Authorization", ops));
        ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/families", "{\"code\":\"fam\",\"nameZh\":\"族\",\"nameEn\":\"Family\"}",
                "Authorization", ops));
        price(http, ops, strategy, spec, monthly, yearly, hourly);
        ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/activate", null, "Authorization", ops));
        if (onShelf) {
            ok(http.json("POST", "/api/v1/ops/catalog/products/" + product + "/preview", null, "Authorization", ops));
            ok(http.json("POST", "/api/v1/ops/catalog/products/" + product + "/on-shelf", null, "Authorization", ops));
        }
        return new Built(product, spec, strategy);
    }

    private static void addSpec(Http http, String ops, String product, String spec, int n) throws Exception {
        ok(http.json("PUT", "/api/v1/ops/catalog/products/" + product + "/specs/" + spec, "{\"nameZh\":\"4卡\",\"nameEn\":\"4 cards\","
                + "\"hcsoSpecCode\":\"modelarts.pool.it." + n + "\",\"attributes\":{\"acceleratorModel\":\"Ascend 910B\",\"acceleratorCount\":\"4\"}}",
                "Authorization", ops));
    }

    private static void price(Http http, String ops, String strategy, String spec, String monthly, String yearly, String hourly)
            throws Exception {
        ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/families/fam/specs", "{\"specCode\":\"" + spec + "\"}",
                "Authorization", ops));
        ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/prices",
                "{\"specCode\":\"" + spec + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"amount\":\"" + monthly + "\"}", "Authorization", ops));
        if (yearly != null) {
            ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/prices", "{\"specCode\":\"" + spec
                    + "\",\"billingMode\":\"PREPAID_YEARLY\",\"amount\":\"" + yearly + "\"}", "Authorization", ops));
        }
        ok(http.json("POST", "/api/v1/ops/pricing/strategies/" + strategy + "/prices",
                "{\"specCode\":\"" + spec + "\",\"billingMode\":\"PAYG\",\"unit\":\"NODE_HOUR\",\"amount\":\"" + hourly + "\"}", "Authorization", ops));
    }
}
