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

    HttpResponse<String> upload(OrderIT.Customer c, byte[] content) throws Exception {
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(Deployments.BASE + "/api/v1/distributor/application/licence")).header("Authorization", c.token())
                .header("Content-Type", "image/png").header("X-File-Name", "licence-scan.png").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> applyWith(OrderIT.Customer c, String licenceFileId) throws Exception {
        return http.json("POST", "/api/v1/distributor/application", "{\"profile\":\"华东区高校算力渠道\",\"channels\":\"高校合作\","
                + "\"contactName\":\"王经理\",\"contactMobile\":\"13900139000\",\"licenceFileId\":\"" + licenceFileId + "\"}", "Authorization", c.token());
    }

    static long notices(OrderIT.Customer c, String title) throws Exception {
        return TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.customer_id = " + c.id()
                + " and n.title = '" + title + "'");
    }

    static long sms(OrderIT.Customer c, String template) throws Exception {
        return TestUsers.count("select count(*) from message_delivery d join user_account u on u.id = d.user_id where u.customer_id = " + c.id()
                + " and d.channel = 'SMS' and d.template_code = '" + template + "'");
    }

    /**
     * An application's materials and its notices: the applicant uploads its licence (checked by content like a real-name
     * file), applies with it — never with another customer's file — and distribution operations are told and read the
     * file (operations administrators do not); the approval and a rejection each reach the applicant in the bell and by SMS.
     */
    @Test
    void anApplicationWithItsLicenceIsReviewedAndTheApplicantTold() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        assertEquals(201, create("{\"code\":\"M1" + n + "\",\"name\":\"金牌渠道\",\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"0.03\"}",
                distops()).statusCode());
        long bellBefore = TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = 'distops' "
                + "and n.title = '新的分销商申请'");
        OrderIT.Customer c = onboarded(null);
        assertEquals("upload.typeRefused", code(upload(c, "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        HttpResponse<String> up = upload(c, VerificationIT.PNG);
        assertEquals(200, up.statusCode(), up.body());
        String fileId = parse(up.body()).getString("fileId");

        OrderIT.Customer other = onboarded(null);
        assertEquals("distribution.licenceUnknown", code(applyWith(other, fileId)), "another customer's file");
        assertEquals(404, http.get("/api/v1/distributor/application", "Authorization", other.token()).statusCode(), "nothing written");

        HttpResponse<String> applied = applyWith(c, fileId);
        assertEquals(201, applied.statusCode(), applied.body());
        assertEquals(fileId, parse(applied.body()).getString("licenceFileId"));
        assertEquals(bellBefore + 1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id "
                + "where u.username = 'distops' and n.title = '新的分销商申请'"), "distribution operations are told");
        HttpResponse<String> file = http.get("/api/v1/ops/distribution/files/" + fileId, "Authorization", distops());
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(403, http.get("/api/v1/ops/distribution/files/" + fileId, "Authorization", TestCatalog.ops()).statusCode());
        String queue = http.get("/api/v1/ops/distribution/applications?max=200", "Authorization", distops()).body();
        assertTrue(queue.contains("\"licenceFileId\":\"" + fileId + "\""), queue);

        assertEquals(200, approve(c.id(), "M1" + n).statusCode());
        assertEquals(1, notices(c, "分销商申请已通过"));
        assertEquals(1, sms(c, "DISTRIBUTOR_APPROVED"));

        assertEquals(201, apply(other).statusCode());
        assertEquals(200, http.json("POST", "/api/v1/ops/distributors/" + other.id() + "/reject", "{\"reason\":\"缺少渠道案例\"}", "Authorization",
                distops()).statusCode());
        assertEquals(1, notices(other, "分销商申请未通过"));
        assertEquals(1, sms(other, "DISTRIBUTOR_REJECTED"));
        assertEquals(0, notices(other, "分销商申请已通过"));

        OrderIT.Customer twice = onboarded(null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> apply(twice)));
            }
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> f : sent) {
                codes.add(f.get().statusCode());
            }
            assertEquals(1, codes.stream().filter(x -> x == 201).count(), "one application of four sent at once: " + codes);
            assertEquals(3, codes.stream().filter(x -> x == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestUsers.count("select count(*) from distributor_application where customer_id = " + twice.id()));
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

    // ---- commission from the ledger

    /** Tier-1 D1 (10 %, override 3 %) and its tier-2 D2 (8 %), as in SPEC §10's example. */
    record Pair(OrderIT.Customer d1, OrderIT.Customer d2, JsonObject mine1, JsonObject mine2) {
    }

    Pair pair() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        assertEquals(201, create("{\"code\":\"E1" + n + "\",\"name\":\"一级\",\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"0.03\"}", distops()).statusCode());
        assertEquals(201, create("{\"code\":\"E2" + n + "\",\"name\":\"二级\",\"tier\":2,\"commissionRate\":\"0.08\"}", distops()).statusCode());
        OrderIT.Customer d1 = onboarded(null);
        assertEquals(201, apply(d1).statusCode());
        assertEquals(200, approve(d1.id(), "E1" + n).statusCode());
        JsonObject mine1 = parse(http.get("/api/v1/distributor", "Authorization", d1.token()).body());
        OrderIT.Customer d2 = onboarded(mine1.getString("distributorInviteCode"));
        assertEquals(201, apply(d2).statusCode());
        assertEquals(200, approve(d2.id(), "E2" + n).statusCode());
        JsonObject mine2 = parse(http.get("/api/v1/distributor", "Authorization", d2.token()).body());
        return new Pair(d1, d2, mine1, mine2);
    }

    JsonArray lines(OrderIT.Customer distributor, String query) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/distributor/commissions" + query, "Authorization", distributor.token());
        assertEquals(200, r.statusCode(), r.body());
        return parse("{\"a\":" + r.body() + "}").getJsonArray("a");
    }

    static String summary(JsonArray lines) {
        return lines.stream().map(v -> v.asJsonObject()).sorted(java.util.Comparator.comparingLong(l -> Long.parseLong(l.getString("id"))))
                .map(l -> l.getString("kind") + "/" + l.getString("role") + " " + l.getString("base") + "×" + l.getString("rate") + "=" + l.getString("amount"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static String total(JsonArray lines) {
        return lines.stream().map(v -> new java.math.BigDecimal(v.asJsonObject().getString("amount"))).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add).toPlainString();
    }

    /**
     * SPEC §10's example end to end through the API: C, onboarded with D2's customer invite code, pays the §8 order
     * (9,000.00 from cash and credit) → D2 +720.00, D1 +270.00; C unsubscribes as in §8 (refund 8,588.32) → D2 −687.07,
     * D1 −257.65; left D2 32.93, D1 12.35.
     */
    @Test
    void theWorkedExampleOfSection10ThroughTheApi() throws Exception {
        Pair p = pair();
        OrderIT orders = new OrderIT();
        String admin = LedgerIT.admin();
        TestCatalog.Built catalog;
        try {
            orders.clock("2026-06-01T00:00:00Z");
            catalog = TestCatalog.build(true, "1500.00", "15000.00", "2.500000");
            OrderIT.Customer c = onboarded(p.mine2().getString("customerInviteCode"));
            OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"6000.00\","
                    + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
            OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/credit-line", "{\"limit\":\"3000.00\"}", "Authorization", LedgerIT.finance()));

            orders.clock("2026-06-30T15:50:00Z");
            JsonObject o = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PREPAID_MONTHLY", 3, null));
            assertEquals("9000.00", o.getString("payableAmount"));
            OrderIT.ok(orders.pay(c, o.getString("orderNo")));
            assertEquals("ACCRUAL/DIRECT 9000.00×0.08=720.00", summary(lines(p.d2(), "")));
            assertEquals("ACCRUAL/OVERRIDE 9000.00×0.03=270.00", summary(lines(p.d1(), "")));
            JsonObject line = lines(p.d2(), "").getJsonObject(0);
            assertEquals(c.id(), line.getString("customerId"));
            assertEquals(o.getString("orderNo"), line.getString("sourceRef"));
            assertEquals("2026-06", line.getString("period"), "23:50 on 30 June in Beijing");

            JsonArray bound = parse("{\"a\":" + http.get("/api/v1/distributor/customers", "Authorization", p.d2().token()).body() + "}").getJsonArray("a");
            assertEquals(1, bound.size(), bound.toString());
            assertEquals(c.id(), bound.getJsonObject(0).getString("customerId"));
            assertEquals("REGISTRATION", bound.getJsonObject(0).getString("source"));
            assertTrue(bound.getJsonObject(0).getString("mobile").contains("****"), "masked");
            assertEquals("9000.00", bound.getJsonObject(0).getString("consumedThisMonth"));
            assertEquals("720.00", bound.getJsonObject(0).getString("commissionThisMonth"));
            assertEquals("[]", http.get("/api/v1/distributor/customers", "Authorization", p.d1().token()).body(),
                    "C is D2's customer, not D1's");

            orders.clock("2026-06-30T16:00:00Z");
            String resourceId = orders.accept(o.getString("orderNo"), "2026-06-30T16:00:00Z").getString("resourceId");
            orders.clock("2026-07-04T20:20:00Z");
            JsonObject request = OrderIT.ok(http.json("POST", "/api/v1/resources/" + resourceId + "/unsubscribe", null, "Authorization", c.token()));
            assertEquals("8588.32", request.getString("refundAmount"));
            orders.approve(request.getString("orderNo"));

            assertEquals("ACCRUAL/DIRECT 9000.00×0.08=720.00, CLAWBACK/DIRECT 8588.32×0.08=-687.07", summary(lines(p.d2(), "")));
            assertEquals("ACCRUAL/OVERRIDE 9000.00×0.03=270.00, CLAWBACK/OVERRIDE 8588.32×0.03=-257.65", summary(lines(p.d1(), "")));
            assertEquals("32.93", total(lines(p.d2(), "")));
            assertEquals("12.35", total(lines(p.d1(), "")));
            assertEquals("CLAWBACK/DIRECT 8588.32×0.08=-687.07", summary(lines(p.d2(), "?from=2026-07&kind=clawback")));
            assertEquals(0, lines(p.d2(), "?to=2026-05").size());
            assertEquals("distribution.periodInvalid", code(http.get("/api/v1/distributor/commissions?from=July", "Authorization", p.d2().token())));
            assertEquals("distribution.kindInvalid", code(http.get("/api/v1/distributor/commissions?kind=BONUS", "Authorization", p.d2().token())));
            assertEquals(404, http.get("/api/v1/distributor/commissions", "Authorization", c.token()).statusCode(), "C is no distributor");
            assertEquals(summary(lines(p.d2(), "")), summary(parse("{\"a\":" + http.get("/api/v1/ops/distributors/" + p.d2().id() + "/commissions",
                    "Authorization", LedgerIT.finance()).body() + "}").getJsonArray("a")), "finance sees what the distributor sees");
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", admin);
        }
    }

    HttpResponse<String> devCharge(String customerId, String amount, String reference) throws Exception {
        return http.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + customerId + "\",\"amount\":\"" + amount
                + "\",\"reference\":\"" + reference + "\"}", "Authorization", LedgerIT.admin());
    }

    HttpResponse<String> devRefund(String customerId, String chargeReference, String amount, String reference) throws Exception {
        return http.json("POST", "/api/v1/dev/refunds", "{\"customerId\":\"" + customerId + "\",\"chargeReference\":\"" + chargeReference
                + "\",\"amount\":\"" + amount + "\",\"reference\":\"" + reference + "\"}", "Authorization", LedgerIT.admin());
    }

    HttpResponse<String> assign(OrderIT.Customer distributor, String customerId, String reason) throws Exception {
        return http.json("POST", "/api/v1/ops/distributors/" + distributor.id() + "/customers", "{\"customerId\":\"" + customerId + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}", "Authorization", distops());
    }

    /**
     * Attribution and reassignment: a customer bound at onboarding earns its distributor nothing for what it paid before
     * being bound to another; DIST_OPS_ADMIN reassigns with a reason (audited, history kept), then not again within 90
     * days, never to the customer itself or a tier-2 of its own; partial refunds claw back in proportion and the last one
     * reverses exactly; a charge replayed accrues once; an unbound customer earns nobody anything.
     */
    @Test
    void bindingsReassignmentAndRefundsInParts() throws Exception {
        Pair p = pair();
        OrderIT.Customer c = onboarded(p.mine1().getString("customerInviteCode"));
        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"1000.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
        String r = "dist-" + c.id();
        OrderIT.ok(devCharge(c.id(), "333.33", r + "-1"));
        assertEquals("ACCRUAL/DIRECT 333.33×0.10=33.33", summary(lines(p.d1(), "")), "33.333 rounds half-up to 33.33");
        OrderIT.ok(devCharge(c.id(), "333.33", r + "-1"));
        assertEquals(1, lines(p.d1(), "").size(), "a replayed charge accrues once");

        assertEquals("validation.required", code(assign(p.d2(), c.id(), null)));
        assertEquals("distribution.selfReferral", code(assign(p.d1(), p.d1().id(), "自己")));
        assertEquals("distribution.selfReferral", code(assign(p.d2(), p.d1().id(), "挂到自己的二级")));
        assertEquals("distribution.notADistributor", code(assign(c, p.d1().id(), "不是分销商")));
        assertEquals("distribution.alreadyBound", code(assign(p.d1(), c.id(), "已在名下")));
        assertEquals(403, http.json("POST", "/api/v1/ops/distributors/" + p.d2().id() + "/customers", "{\"customerId\":\"" + c.id()
                + "\",\"reason\":\"x\"}", "Authorization", c.token()).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/ops/distributors/" + p.d2().id() + "/customers", "{\"customerId\":\"" + c.id()
                + "\",\"reason\":\"x\"}", "Authorization", LedgerIT.finance()).statusCode(), "finance views, does not reassign");
        HttpResponse<String> moved = assign(p.d2(), c.id(), "客户由二级渠道跟进");
        assertEquals(201, moved.statusCode(), moved.body());
        assertEquals("ASSIGNMENT", parse(moved.body()).getString("source"));
        HttpResponse<String> again = assign(p.d1(), c.id(), "再调回");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("distribution.reassignTooSoon", code(again));
        JsonArray history = parse("{\"a\":" + http.get("/api/v1/ops/distribution/bindings?customerId=" + c.id(), "Authorization", distops()).body()
                + "}").getJsonArray("a");
        assertEquals(2, history.size(), history.toString());
        assertEquals("ASSIGNMENT", history.getJsonObject(0).getString("source"));
        assertEquals("客户由二级渠道跟进", history.getJsonObject(0).getString("reason"));
        assertFalse(history.getJsonObject(0).containsKey("endedAt"));
        assertEquals("REGISTRATION", history.getJsonObject(1).getString("source"));
        assertTrue(history.getJsonObject(1).containsKey("endedAt"));
        assertTrue(TestUsers.count("select count(*) from audit_event where action = 'DISTRIBUTION_BINDING_ASSIGN' and actor = 'distops'") >= 1);

        OrderIT.ok(devRefund(c.id(), r + "-1", "100.00", r + "-1-R1"));
        assertEquals("ACCRUAL/DIRECT 333.33×0.10=33.33, CLAWBACK/DIRECT 100.00×0.10=-10.00", summary(lines(p.d1(), "")),
                "the accrual stays D1's, and so does its clawback, after the customer moved on");
        OrderIT.ok(devCharge(c.id(), "200.00", r + "-2"));
        assertEquals("ACCRUAL/DIRECT 200.00×0.08=16.00", summary(lines(p.d2(), "")));
        assertEquals("ACCRUAL/DIRECT 333.33×0.10=33.33, ACCRUAL/OVERRIDE 200.00×0.03=6.00", summary(lines(p.d1(), "?kind=ACCRUAL&from=2000-01")));
        OrderIT.ok(devRefund(c.id(), r + "-1", "233.33", r + "-1-R2"));
        JsonArray d1 = parse("{\"a\":" + http.get("/api/v1/ops/distributors/" + p.d1().id() + "/commissions", "Authorization",
                distops()).body() + "}").getJsonArray("a");
        assertEquals("ACCRUAL/DIRECT 333.33×0.10=33.33, CLAWBACK/DIRECT 100.00×0.10=-10.00, ACCRUAL/OVERRIDE 200.00×0.03=6.00, "
                + "CLAWBACK/DIRECT 233.33×0.10=-23.33", summary(d1), "the last refund reverses what is left exactly");
        assertEquals("6.00", total(d1));
        assertEquals("ACCRUAL/DIRECT 200.00×0.08=16.00", summary(lines(p.d2(), "")), "a refund of another charge claws back nothing of it");

        OrderIT.Customer unbound = onboarded(null);
        OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + unbound.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"50.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
        OrderIT.ok(devCharge(unbound.id(), "50.00", "dist-unbound-" + unbound.id()));
        assertEquals(0, TestUsers.count("select count(*) from commission_line where customer_id = " + unbound.id()));
    }

    // ---- statements

    JsonObject statement(OrderIT.Customer distributor, String period) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/distributor/statements/" + period, "Authorization", distributor.token());
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body());
    }

    static String figures(JsonObject s) {
        return s.getString("opening") + " + " + s.getString("accrued") + " " + s.getString("clawedBack") + " = " + s.getString("closing")
                + " " + s.getString("status");
    }

    HttpResponse<String> settle(OrderIT.Customer distributor, String period, String amount, String reference) throws Exception {
        return http.json("POST", "/api/v1/ops/distributors/" + distributor.id() + "/statements/" + period + "/settle", "{\"amount\":\"" + amount
                + "\"" + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}", "Authorization", LedgerIT.finance());
    }

    void billRun(OrderIT orders, String period, String at) throws Exception {
        orders.clock(at);
        BillRunIT runs = new BillRunIT();
        JsonObject done = runs.ended(runs.start("{\"period\":\"" + period + "\",\"partitions\":2,\"chunk\":1}").getString("executionId"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
    }

    /**
     * Statements made by the monthly bill run (SPEC §10, B2): March accrues and is confirmed by the distributor and
     * settled by finance (the payout a line of its own); April's full refund claws everything back, so April closes
     * negative and May opens with it; the tier-1 never confirmed, so its March statement was carried into April and
     * cannot be settled any more; a rerun of a month makes the same statements; a draft confirms itself after seven
     * days; and each bad settlement is refused with its key, nothing written.
     */
    @Test
    void monthlyStatementsWithANegativeCarryForwardOverTwoMonths() throws Exception {
        OrderIT orders = new OrderIT();
        try {
            orders.clock("2024-02-10T02:00:00Z");
            Pair p = pair();
            OrderIT.Customer c = onboarded(p.mine2().getString("customerInviteCode"));
            OrderIT.ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"5000.00\","
                    + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
            String r = "stmt-" + c.id();
            orders.clock("2024-03-10T02:00:00Z");
            OrderIT.ok(devCharge(c.id(), "1000.00", r + "-1"));
            billRun(orders, "2024-03", "2024-04-01T01:00:00Z");
            JsonObject march = statement(p.d2(), "2024-03");
            assertEquals("0.00 + 80.00 0.00 = 80.00 DRAFT", figures(march));
            assertEquals(1, march.getInt("lines"));
            assertEquals("0.00 + 30.00 0.00 = 30.00 DRAFT", figures(statement(p.d1(), "2024-03")));

            assertEquals("distribution.statementNotConfirmed", code(settle(p.d2(), "2024-03", "80.00", "BANK-" + r)));
            assertEquals("CONFIRMED", parse(http.json("POST", "/api/v1/distributor/statements/2024-03/confirm", null, "Authorization",
                    p.d2().token()).body()).getString("status"));
            assertEquals("distribution.statementMove", code(http.json("POST", "/api/v1/distributor/statements/2024-03/confirm", null,
                    "Authorization", p.d2().token())), "confirming twice");
            assertEquals("distribution.payoutAboveClosing", code(settle(p.d2(), "2024-03", "80.01", "BANK-" + r)));
            assertEquals("validation.required", code(settle(p.d2(), "2024-03", "80.00", null)));
            assertEquals(403, http.json("POST", "/api/v1/ops/distributors/" + p.d2().id() + "/statements/2024-03/settle",
                    "{\"amount\":\"80.00\",\"reference\":\"x\"}", "Authorization", distops()).statusCode(), "finance settles");
            assertEquals("CONFIRMED", statement(p.d2(), "2024-03").getString("status"), "nothing written by the bad settlements");
            HttpResponse<String> settled = settle(p.d2(), "2024-03", "80.00", "BANK-" + r);
            assertEquals(200, settled.statusCode(), settled.body());
            assertEquals("SETTLED", parse(settled.body()).getString("status"));
            assertEquals("80.00", parse(settled.body()).getString("paidOut"));
            assertEquals("distribution.statementMove", code(settle(p.d2(), "2024-03", "1.00", "BANK-again")), "settling twice");
            assertTrue(summary(lines(p.d2(), "")).endsWith("PAYOUT/DIRECT 80.00×0.00=-80.00"), summary(lines(p.d2(), "")));

            // the statement as files: the distributor's PDF, finance's workbook; a month without one has none
            HttpResponse<String> pdf = http.get("/api/v1/distributor/statements/2024-03/pdf", "Authorization", p.d2().token());
            assertEquals(200, pdf.statusCode(), pdf.body());
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("statement-" + p.d2().id() + "-2024-03.pdf"));
            assertTrue(pdf.body().startsWith("%PDF"));
            HttpResponse<String> xlsx = http.get("/api/v1/ops/distributors/" + p.d2().id() + "/statements/2024-03/xlsx", "Authorization",
                    LedgerIT.finance());
            assertEquals(200, xlsx.statusCode(), xlsx.body());
            assertTrue(xlsx.body().startsWith("PK"), "a zip: an .xlsx workbook");
            assertEquals("distribution.statementNotFound", code(http.get("/api/v1/distributor/statements/2024-01/pdf", "Authorization",
                    p.d2().token())));
            assertEquals(404, http.get("/api/v1/distributor/statements/2024-03/xlsx", "Authorization", c.token()).statusCode(),
                    "a customer that is no distributor has no statement");

            orders.clock("2024-04-10T02:00:00Z");
            OrderIT.ok(devRefund(c.id(), r + "-1", "1000.00", r + "-1-R"));
            billRun(orders, "2024-04", "2024-05-01T01:00:00Z");
            assertEquals("0.00 + 0.00 -80.00 = -80.00 DRAFT", figures(statement(p.d2(), "2024-04")), "what was paid out is not owed again");
            assertEquals("30.00 + 0.00 -30.00 = 0.00 DRAFT", figures(statement(p.d1(), "2024-04")), "the unsettled March carried into April");
            assertEquals("distribution.statementSuperseded", code(settle(p.d1(), "2024-03", "30.00", "BANK-late")));

            orders.clock("2024-05-03T02:00:00Z");
            OrderIT.ok(devCharge(c.id(), "500.00", r + "-2"));
            billRun(orders, "2024-05", "2024-06-01T01:00:00Z");
            assertEquals("-80.00 + 40.00 0.00 = -40.00 DRAFT", figures(statement(p.d2(), "2024-05")), "the negative carried forward");
            assertEquals("0.00 + 15.00 0.00 = 15.00 DRAFT", figures(statement(p.d1(), "2024-05")));
            assertEquals("distribution.statementNotConfirmed", code(settle(p.d2(), "2024-05", "0.01", "BANK-neg")));

            String before = http.get("/api/v1/ops/distributors/" + p.d2().id() + "/statements", "Authorization", LedgerIT.finance()).body();
            billRun(orders, "2024-05", "2024-06-02T01:00:00Z");
            assertEquals(before, http.get("/api/v1/ops/distributors/" + p.d2().id() + "/statements", "Authorization", LedgerIT.finance()).body(),
                    "a rerun makes the same statements");
            assertEquals(1, TestUsers.count("select count(*) from distribution_statement where period = '2024-05' and distributor_id = " + p.d2().id()));
            JsonArray all = parse("{\"a\":" + http.get("/api/v1/distributor/statements", "Authorization", p.d2().token()).body() + "}").getJsonArray("a");
            assertEquals(java.util.List.of("2024-05", "2024-04", "2024-03"), all.stream().map(v -> v.asJsonObject().getString("period")).toList());

            orders.clock("2024-06-09T01:00:00Z");
            JsonObject auto = statement(p.d1(), "2024-05");
            assertEquals("CONFIRMED", auto.getString("status"), "a draft confirms itself after seven days");
            assertEquals("system:auto-confirm", auto.getString("confirmedBy"));
            assertEquals(200, settle(p.d1(), "2024-05", "15.00", "BANK-d1-" + r).statusCode());
            assertEquals("distribution.payoutAboveClosing", code(settle(p.d2(), "2024-05", "0.01", "BANK-neg")),
                    "nothing to pay on a negative closing");
            assertEquals("distribution.statementNotFound", code(http.get("/api/v1/distributor/statements/2024-01", "Authorization", p.d2().token())));
            assertEquals("distribution.periodInvalid", code(http.get("/api/v1/distributor/statements/may", "Authorization", p.d2().token())));
            assertTrue(TestUsers.count("select count(*) from audit_event where action = 'DISTRIBUTION_STATEMENT_SETTLE' and actor = 'finance'") >= 2);
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", LedgerIT.admin());
        }
    }
}
