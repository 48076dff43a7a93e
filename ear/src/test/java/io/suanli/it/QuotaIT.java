package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotas (O3, S4): platform defaults, per-customer overrides, tenant scope, audit, bad input. */
@ServerTest
@RunAsClient
class QuotaIT {

    final Http http = new Http();

    static JsonObject find(String body, String code) {
        return parse("{\"a\":" + body + "}").getJsonArray("a").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultAppliesUntilOperationsOverrideItForOneCustomer() throws Exception {
        String admin = bearer(TestCustomers.token("admin", "Admin@2026"));
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        TestCustomers.Registered a = TestCustomers.register("ENTERPRISE");
        TestCustomers.Registered b = TestCustomers.register("PERSONAL");
        String aId = parse(http.get("/api/v1/me", "Authorization", a.bearer()).body()).getString("customerId");
        int before = find(http.get("/api/v1/system/quotas", "Authorization", admin).body(), "RESOURCE_DEDICATED_POOLS").getInt("defaultLimit");
        try {
            assertEquals(200, http.json("PUT", "/api/v1/system/quotas/RESOURCE_DEDICATED_POOLS", "{\"defaultLimit\":7}", "Authorization", admin).statusCode());
            assertEquals(7, find(http.get("/api/v1/quotas", "Authorization", b.bearer()).body(), "RESOURCE_DEDICATED_POOLS").getInt("limit"));
            HttpResponse<String> set = http.json("PUT", "/api/v1/ops/customers/" + aId + "/quotas/RESOURCE_DEDICATED_POOLS", "{\"limit\":20}",
                    "Authorization", ops);
            assertEquals(200, set.statusCode(), set.body());
            JsonObject mine = find(http.get("/api/v1/quotas", "Authorization", a.bearer()).body(), "RESOURCE_DEDICATED_POOLS");
            assertEquals(20, mine.getInt("limit"));
            assertEquals(20, mine.getInt("override"));
            assertEquals(7, find(http.get("/api/v1/quotas", "Authorization", b.bearer()).body(), "RESOURCE_DEDICATED_POOLS").getInt("limit"),
                    "another customer keeps the default");
            assertEquals(200, http.json("PUT", "/api/v1/ops/customers/" + aId + "/quotas/RESOURCE_DEDICATED_POOLS", "{\"limit\":null}",
                    "Authorization", ops).statusCode());
            assertFalse(find(http.get("/api/v1/quotas", "Authorization", a.bearer()).body(), "RESOURCE_DEDICATED_POOLS").containsKey("override"));
            assertTrue(TestUsers.count("select count(*) from audit_event where action = 'QUOTA_DEFAULT_SET' and actor = 'admin'"
                    + " and target = 'RESOURCE_DEDICATED_POOLS' and outcome = 'OK'") >= 1);
            assertEquals(2, TestUsers.count("select count(*) from audit_event where action = 'QUOTA_OVERRIDE_SET' and target = '" + aId + "'"));
        } finally {
            http.json("PUT", "/api/v1/system/quotas/RESOURCE_DEDICATED_POOLS", "{\"defaultLimit\":" + before + "}", "Authorization", admin);
        }
    }

    @Test
    void badQuotaInputIsRefusedAndCustomersCannotChangeQuotas() throws Exception {
        String admin = bearer(TestCustomers.token("admin", "Admin@2026"));
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        TestCustomers.Registered a = TestCustomers.register("PERSONAL");
        String aId = parse(http.get("/api/v1/me", "Authorization", a.bearer()).body()).getString("customerId");
        assertEquals("validation.range", parse(http.json("PUT", "/api/v1/system/quotas/USER_SUBUSERS", "{\"defaultLimit\":-1}",
                "Authorization", admin).body()).getString("code"));
        assertEquals("quota.notFound", parse(http.json("PUT", "/api/v1/system/quotas/NOPE", "{\"defaultLimit\":1}",
                "Authorization", admin).body()).getString("code"));
        assertEquals("customer.notFound", parse(http.json("PUT", "/api/v1/ops/customers/42/quotas/USER_SUBUSERS", "{\"limit\":3}",
                "Authorization", ops).body()).getString("code"));
        assertEquals("request.malformed", parse(http.json("PUT", "/api/v1/ops/customers/" + aId + "/quotas/USER_SUBUSERS", "{\"limit\":\"many\"}",
                "Authorization", ops).body()).getString("code"));
        assertEquals(403, http.json("PUT", "/api/v1/ops/customers/" + aId + "/quotas/USER_SUBUSERS", "{\"limit\":99}",
                "Authorization", a.bearer()).statusCode());
        assertEquals(403, http.get("/api/v1/ops/customers/" + aId + "/quotas", "Authorization", a.bearer()).statusCode());
        assertEquals(10, find(http.get("/api/v1/quotas", "Authorization", a.bearer()).body(), "USER_SUBUSERS").getInt("limit"));
        assertEquals("spec.notFound", parse(http.json("POST", "/api/v1/system/quotas", "{\"specCode\":\"nope\",\"defaultLimit\":2}",
                "Authorization", admin).body()).getString("code"));
    }

    @Test
    void aSpecInstanceQuotaCanBeDefinedOnceForAnExistingSpec() throws Exception {
        String admin = bearer(TestCustomers.token("admin", "Admin@2026"));
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        String spec = "it-quota-spec-" + System.nanoTime() % 1_000_000;
        String product = "it-quota-prod-" + System.nanoTime() % 1_000_000;
        http.json("PUT", "/api/v1/ops/catalog/categories/it-cat", "{\"nameZh\":\"测试分类\",\"nameEn\":\"Test category\"}", "Authorization", ops);
        http.json("PUT", "/api/v1/ops/catalog/resource-types/IT_POOL", "{\"nameZh\":\"测试资源池\",\"nameEn\":\"Test pool\","
                + "\"hcsoServiceType\":\"hws.service.type.ma\",\"hcsoResourceType\":\"hws.resource.type.ma.pool\"}", "Authorization", ops);
        assertEquals(201, http.json("POST", "/api/v1/ops/catalog/products", "{\"code\":\"" + product + "\",\"nameZh\":\"配额测试\",\"nameEn\":\"Quota test\","
                + "\"category\":\"it-cat\",\"resourceType\":\"IT_POOL\"}", "Authorization", ops).statusCode());
        assertEquals(200, http.json("PUT", "/api/v1/ops/catalog/products/" + product + "/specs/" + spec,
                "{\"nameZh\":\"8卡\",\"nameEn\":\"8 cards\",\"hcsoSpecCode\":\"a.b\"}", "Authorization", ops).statusCode());
        HttpResponse<String> defined = http.json("POST", "/api/v1/system/quotas", "{\"specCode\":\"" + spec + "\",\"defaultLimit\":3}",
                "Authorization", admin);
        assertEquals(200, defined.statusCode(), defined.body());
        assertEquals("SPEC:" + spec, parse(defined.body()).getString("code"));
        assertTrue(http.get("/api/v1/system/quotas", "Authorization", admin).body().contains("SPEC:" + spec));
        assertEquals("quota.alreadyDefined", parse(http.json("POST", "/api/v1/system/quotas", "{\"specCode\":\"" + spec + "\",\"defaultLimit\":3}",
                "Authorization", admin).body()).getString("code"));
    }
}
