package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distributor center's levels through the API (O7, SPEC §10): DIST_OPS_ADMIN creates a tier-1 level with an
 * override and a tier-2 level without, finance lists them, and bad levels are refused with their keys, nothing written.
 */
@ServerTest
@RunAsClient
class DistributionIT {

    final Http http = new Http();

    static String distops() throws Exception {
        return bearer(TestCustomers.token("distops", "DistOps@2026"));
    }

    HttpResponse<String> create(String body, String token) throws Exception {
        return http.json("POST", "/api/v1/ops/distribution/levels", body, "Authorization", token);
    }

    JsonArray levels(String token) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/ops/distribution/levels", "Authorization", token);
        assertEquals(200, r.statusCode(), r.body());
        return parse("{\"a\":" + r.body() + "}").getJsonArray("a");
    }

    @Test
    void distributionOperationsCreateTheLevelsOfTheExample() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        HttpResponse<String> gold = create("{\"code\":\"G" + n + "\",\"name\":\"金牌一级\",\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"0.03\"}",
                distops());
        assertEquals(201, gold.statusCode(), gold.body());
        JsonObject g = parse(gold.body());
        assertEquals(1, g.getInt("tier"));
        assertEquals("0.10", g.getString("commissionRate"));
        assertEquals("0.03", g.getString("overrideRate"));
        assertEquals("distops", g.getString("createdBy"));
        HttpResponse<String> silver = create("{\"code\":\"S" + n + "\",\"name\":\"银牌二级\",\"tier\":2,\"commissionRate\":\"0.0825\"}", distops());
        assertEquals(201, silver.statusCode(), silver.body());
        assertEquals("0.0825", parse(silver.body()).getString("commissionRate"));
        assertFalse(parse(silver.body()).containsKey("overrideRate"), "a tier-2 level has no override");

        JsonArray seen = levels(LedgerIT.finance());
        assertTrue(seen.stream().anyMatch(v -> v.asJsonObject().getString("code").equals("G" + n)), seen.toString());
        assertTrue(seen.stream().anyMatch(v -> v.asJsonObject().getString("code").equals("S" + n)), seen.toString());
        assertTrue(TestUsers.count("select count(*) from audit_event where action = 'DISTRIBUTION_LEVEL_CREATE' and actor = 'distops'") >= 2,
                "audited");

        HttpResponse<String> again = create("{\"code\":\"G" + n + "\",\"name\":\"重复\",\"tier\":1,\"commissionRate\":\"0.05\"}", distops());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("distribution.levelExists", parse(again.body()).getString("code"));
    }

    @Test
    void badLevelsAreRefusedWithTheirKeysAndNothingIsWritten() throws Exception {
        String n = "B" + System.nanoTime() % 1_000_000_000L;
        long before = TestUsers.count("select count(*) from distribution_level");
        String[][] bad = {
                {"\"tier\":1,\"commissionRate\":\"1.00\"", "distribution.rateInvalid"},
                {"\"tier\":1,\"commissionRate\":\"-0.01\"", "distribution.rateInvalid"},
                {"\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"1\"", "distribution.rateInvalid"},
                {"\"tier\":2,\"commissionRate\":\"0.08\",\"overrideRate\":\"0.02\"", "distribution.overrideTierOneOnly"},
                {"\"tier\":3,\"commissionRate\":\"0.08\"", "distribution.tierInvalid"},
                {"\"commissionRate\":\"0.08\"", "validation.required"},
                {"\"tier\":1", "validation.required"},
        };
        for (String[] b : bad) {
            HttpResponse<String> r = create("{\"code\":\"" + n + "\",\"name\":\"坏等级\"," + b[0] + "}", distops());
            assertEquals(400, r.statusCode(), b[0] + " → " + r.body());
            assertEquals(b[1], parse(r.body()).getString("code"), b[0]);
        }
        HttpResponse<String> en = http.json("POST", "/api/v1/ops/distribution/levels", "{\"code\":\"bad code\",\"name\":\"x\",\"tier\":1,"
                + "\"commissionRate\":\"0.10\"}", "Authorization", distops(), "Accept-Language", "en");
        assertEquals("distribution.levelCodeInvalid", parse(en.body()).getString("code"));
        assertTrue(parse(en.body()).getString("message").startsWith("Level code bad code is not valid"), en.body());
        assertEquals(before, TestUsers.count("select count(*) from distribution_level"), "nothing written");

        assertEquals(403, create("{\"code\":\"" + n + "\",\"name\":\"x\",\"tier\":1,\"commissionRate\":\"0.10\"}", TestCatalog.ops()).statusCode(),
                "operations administrators do not run distribution");
        assertEquals(403, http.get("/api/v1/ops/distribution/levels", "Authorization", bearer(TestCustomers.token("customer", "Customer@2026")))
                .statusCode());
    }
}
