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

    /** A verified customer onboarded by sales, optionally with an invite code; answers its id and API token. */
    OrderIT.Customer onboarded(String inviteCode) throws Exception {
        String user = RegistrationIT.newUsername();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/customers", "{\"type\":\"ENTERPRISE\",\"name\":\"渠道伙伴有限公司\",\"mobile\":\""
                + RegistrationIT.newMobile() + "\",\"email\":\"" + user + "@partner.example\",\"password\":\"" + TestUsers.PASSWORD + "\""
                + (inviteCode == null ? "" : ",\"inviteCode\":\"" + inviteCode + "\"") + "}",
                "Authorization", bearer(TestCustomers.token("sales", "Sales@2026")));
        assertEquals(201, r.statusCode(), r.body());
        return new OrderIT.Customer(parse(r.body()).getString("customerId"), bearer(TestCustomers.token(user, TestUsers.PASSWORD)));
    }

    HttpResponse<String> apply(OrderIT.Customer c) throws Exception {
        return http.json("POST", "/api/v1/distributor/application", "{\"profile\":\"华南区算力渠道商,服务高校与研究所\",\"channels\":\"线下直销、行业展会\","
                + "\"contactName\":\"李经理\",\"contactMobile\":\"13800138000\"}", "Authorization", c.token());
    }

    HttpResponse<String> approve(String customerId, String level) throws Exception {
        return http.json("POST", "/api/v1/ops/distributors/" + customerId + "/approve", "{\"levelCode\":\"" + level + "\"}", "Authorization", distops());
    }

    static String code(HttpResponse<String> r) {
        return parse(r.body()).getString("code");
    }

    /**
     * SPEC §10: a verified customer applies, DIST_OPS_ADMIN approves it as a tier-1 (it gets both invite codes); a customer
     * onboarded with its distributor code applies as its tier-2 and can only get a tier-2 level (no distributor code of
     * its own: a third tier cannot be recruited); a rejection keeps the reason; every bad review is refused.
     */
    @Test
    void aCustomerAppliesIsApprovedAsTierOneAndRecruitsATierTwo() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        assertEquals(201, create("{\"code\":\"T1" + n + "\",\"name\":\"一级\",\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"0.03\"}", distops()).statusCode());
        assertEquals(201, create("{\"code\":\"T2" + n + "\",\"name\":\"二级\",\"tier\":2,\"commissionRate\":\"0.08\"}", distops()).statusCode());

        OrderIT.Customer d1 = onboarded(null);
        HttpResponse<String> applied = apply(d1);
        assertEquals(201, applied.statusCode(), applied.body());
        assertEquals("PENDING", parse(applied.body()).getString("status"));
        assertEquals("138****8000", parse(applied.body()).getString("contactMobile"), "masked on screen");
        assertEquals(0, TestUsers.count("select count(*) from distributor_application where contact_mobile_enc like '%13800138000%'"),
                "encrypted at rest");
        assertEquals("distribution.applicationPending", code(apply(d1)));
        assertEquals(404, http.get("/api/v1/distributor", "Authorization", d1.token()).statusCode(), "not a distributor yet");
        assertEquals("PENDING", parse(http.get("/api/v1/distributor/application", "Authorization", d1.token()).body()).getString("status"));
        String queue = http.get("/api/v1/ops/distribution/applications?max=200", "Authorization", distops()).body();
        assertTrue(queue.contains("\"customerId\":\"" + d1.id() + "\""), queue);

        assertEquals("distribution.levelTierOneNeeded", code(approve(d1.id(), "T2" + n)));
        assertEquals("distribution.levelUnknown", code(approve(d1.id(), "NOPE" + n)));
        HttpResponse<String> approved = approve(d1.id(), "T1" + n);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(1, parse(approved.body()).getInt("tier"));
        assertEquals("distribution.alreadyDistributor", code(approve(d1.id(), "T1" + n)));
        JsonObject mine = parse(http.get("/api/v1/distributor", "Authorization", d1.token()).body());
        assertEquals(1, mine.getInt("tier"));
        assertEquals("T1" + n, mine.getString("levelCode"));
        String distributorCode = mine.getString("distributorInviteCode");
        assertFalse(distributorCode.equals(mine.getString("customerInviteCode")));
        assertEquals(0, mine.getInt("subDistributors"));

        OrderIT.Customer d2 = onboarded(distributorCode.toLowerCase());
        assertEquals(201, apply(d2).statusCode());
        assertEquals(d1.id(), parse(http.get("/api/v1/distributor/application", "Authorization", d2.token()).body()).getString("parentCustomerId"),
                "applies as the tier-2 of the tier-1 whose code it came with");
        assertEquals("distribution.levelTierTwoNeeded", code(approve(d2.id(), "T1" + n)));
        JsonObject tier2 = parse(approve(d2.id(), "T2" + n).body());
        assertEquals(2, tier2.getInt("tier"));
        assertEquals(d1.id(), tier2.getString("parentCustomerId"));
        assertFalse(tier2.containsKey("distributorInviteCode"), "a tier-2 recruits no one");
        assertEquals(1, parse(http.get("/api/v1/distributor", "Authorization", d1.token()).body()).getInt("subDistributors"));
        assertEquals(0, parse(http.get("/api/v1/distributor", "Authorization", d1.token()).body()).getInt("customers"),
                "a tier-2 is no customer of its tier-1");
        onboarded(mine.getString("customerInviteCode"));
        assertEquals(1, parse(http.get("/api/v1/distributor", "Authorization", d1.token()).body()).getInt("customers"),
                "a newcomer with its customer invite code");

        OrderIT.Customer other = onboarded(null);
        assertEquals(201, apply(other).statusCode());
        assertEquals("validation.required", code(http.json("POST", "/api/v1/ops/distributors/" + other.id() + "/reject", "{}", "Authorization", distops())));
        JsonObject rejected = parse(http.json("POST", "/api/v1/ops/distributors/" + other.id() + "/reject", "{\"reason\":\"渠道材料不全\"}",
                "Authorization", distops()).body());
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("渠道材料不全", rejected.getString("reason"));
        assertEquals("distribution.noPendingApplication", code(approve(other.id(), "T1" + n)));
        assertEquals(403, http.json("POST", "/api/v1/ops/distributors/" + other.id() + "/approve", "{\"levelCode\":\"T1" + n + "\"}",
                "Authorization", d1.token()).statusCode(), "customers do not review");
        assertTrue(TestUsers.count("select count(*) from audit_event where action = 'DISTRIBUTOR_APPROVE' and actor = 'distops'") >= 2);
    }

    /** Bad applications: unverified, fields missing, a bad mobile number, staff instead of a customer — keyed, nothing written. */
    @Test
    void badApplicationsAreRefusedWithTheirKeysAndNothingIsWritten() throws Exception {
        TestCustomers.Registered unverified = TestCustomers.register("ENTERPRISE");
        OrderIT.Customer verified = onboarded(null);
        String body = "{\"profile\":\"华东渠道\",\"channels\":\"线上\",\"contactName\":\"王经理\",\"contactMobile\":\"13900139000\"}";
        HttpResponse<String> r = http.json("POST", "/api/v1/distributor/application", body, "Authorization", unverified.bearer(),
                "Accept-Language", "en");
        assertEquals("distribution.verifiedOnly", code(r));
        assertTrue(parse(r.body()).getString("message").startsWith("Only customers with real-name verification"), r.body());
        assertEquals("validation.required", code(http.json("POST", "/api/v1/distributor/application",
                body.replace("\"profile\":\"华东渠道\",", ""), "Authorization", verified.token())));
        assertEquals("registration.mobileInvalid", code(http.json("POST", "/api/v1/distributor/application",
                body.replace("13900139000", "12345"), "Authorization", verified.token())));
        assertEquals(403, http.json("POST", "/api/v1/distributor/application", body, "Authorization", distops()).statusCode());
        assertEquals(404, http.get("/api/v1/distributor/application", "Authorization", verified.token()).statusCode(), "none was kept");
        assertEquals(0, TestUsers.count("select count(*) from distributor_application where customer_id = " + verified.id()));
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
