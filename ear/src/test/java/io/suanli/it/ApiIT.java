package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API skeleton in the provisioned WildFly on MariaDB: tokens, me, the dev clock, errors, audit, schema. */
@ServerTest
@RunAsClient
class ApiIT {

    final Http http = new Http();

    static String token(Http http, String username, String password) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject body = parse(r.body());
        assertTrue(body.getJsonNumber("expiresIn").longValue() > 0);
        return body.getString("token");
    }

    @AfterEach
    void putTheClockBack() throws Exception {
        http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", bearer(token(http, "admin", "Admin@2026")));
    }

    @ParameterizedTest
    @CsvSource({"customer,Customer@2026,CUSTOMER", "ops,Ops@2026,OPS_ADMIN", "distops,DistOps@2026,DIST_OPS_ADMIN",
            "finance,Finance@2026,FINANCE", "sales,Sales@2026,SALES", "admin,Admin@2026,SYS_ADMIN"})
    void everyDemoAccountGetsATokenAndMeAnswersWhoItIs(String username, String password, String role) throws Exception {
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", bearer(token(http, username, password)));
        assertEquals(200, me.statusCode(), me.body());
        JsonObject body = parse(me.body());
        assertEquals(username, body.getString("username"));
        assertEquals(role, body.getJsonArray("roles").getString(0));
        assertEquals("CUSTOMER".equals(role), body.containsKey("customerId"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameLocalized401() throws Exception {
        HttpResponse<String> wrong = http.json("POST", "/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"nope\"}");
        HttpResponse<String> unknown = http.json("POST", "/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}",
                "Accept-Language", "en-US,en;q=0.9");
        assertEquals(401, wrong.statusCode());
        assertEquals("auth.badCredentials", parse(wrong.body()).getString("code"));
        assertEquals("用户名或密码错误。", parse(wrong.body()).getString("message"));
        assertEquals(401, unknown.statusCode());
        assertEquals("Wrong username or password.", parse(unknown.body()).getString("message"));
    }

    @Test
    void malformedAndIncompleteBodiesAre400() throws Exception {
        HttpResponse<String> malformed = http.json("POST", "/api/v1/auth/token", "{\"username\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("request.malformed", parse(malformed.body()).getString("code"));
        HttpResponse<String> missing = http.json("POST", "/api/v1/auth/token", "{\"username\":\"admin\"}", "Accept-Language", "en");
        assertEquals(400, missing.statusCode());
        assertEquals("validation.required", parse(missing.body()).getString("code"));
        assertEquals("Please fill in password.", parse(missing.body()).getString("message"));
        HttpResponse<String> wrongType = http.json("POST", "/api/v1/auth/token", "{\"username\":1,\"password\":2}");
        assertEquals(400, wrongType.statusCode());
        assertFalse(wrongType.body().contains("Exception"), wrongType.body());
    }

    @Test
    void missingForgedAndGarbageTokensAre401WithABody() throws Exception {
        HttpResponse<String> none = http.get("/api/v1/me");
        assertEquals(401, none.statusCode());
        assertEquals("auth.required", parse(none.body()).getString("code"));

        String token = token(http, "customer", "Customer@2026");
        String[] p = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8).replace("CUSTOMER", "SYS_ADMIN");
        String forged = p[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + p[2];
        HttpResponse<String> r = http.get("/api/v1/dev/clock", "Authorization", bearer(forged));
        assertEquals(401, r.statusCode());
        assertEquals("auth.tokenInvalid", parse(r.body()).getString("code"));

        HttpResponse<String> garbage = http.get("/api/v1/me", "Authorization", "Bearer x.y.z", "Accept-Language", "en");
        assertEquals(401, garbage.statusCode());
        assertEquals("The access token is not valid. Please log in again.", parse(garbage.body()).getString("message"));
    }

    @Test
    void sysAdminMovesTheDevClockAndTheChangeIsAudited() throws Exception {
        String admin = token(http, "admin", "Admin@2026");
        HttpResponse<String> set = http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2026-07-01T00:00:00Z\"}",
                "Authorization", bearer(admin), "User-Agent", "suanli-it/ApiIT");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("2026-07-01T00:00:00Z", parse(set.body()).getString("now"));
        String now = parse(http.get("/api/v1/dev/clock", "Authorization", bearer(admin)).body()).getString("now");
        assertTrue(now.startsWith("2026-07-01T00:0"), now);

        try (Connection c = MariaDbDatabase.connect();
             PreparedStatement s = c.prepareStatement("select actor, actor_roles, ip, user_agent, outcome from audit_event "
                     + "where action = 'CLOCK_SET' and user_agent = 'suanli-it/ApiIT' order by id desc")) {
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "CLOCK_SET audited");
                assertEquals("admin", rs.getString("actor"));
                assertEquals("SYS_ADMIN", rs.getString("actor_roles"));
                assertEquals("127.0.0.1", rs.getString("ip"));
                assertEquals("OK", rs.getString("outcome"));
            }
        }
    }

    @Test
    void devClockRefusesOtherRolesAndBadTimes() throws Exception {
        HttpResponse<String> customer = http.get("/api/v1/dev/clock", "Authorization", bearer(token(http, "customer", "Customer@2026")));
        assertEquals(403, customer.statusCode());
        assertEquals("auth.forbidden", parse(customer.body()).getString("code"));
        HttpResponse<String> bad = http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"yesterday\"}",
                "Authorization", bearer(token(http, "admin", "Admin@2026")));
        assertEquals(400, bad.statusCode());
        assertEquals("validation.instant", parse(bad.body()).getString("code"));
    }

    @Test
    void failedLoginsAreInTheSecurityLog() throws Exception {
        http.json("POST", "/api/v1/auth/token", "{\"username\":\"finance\",\"password\":\"guess\"}", "User-Agent", "suanli-it/failed");
        try (Connection c = MariaDbDatabase.connect();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_event where actor = 'finance' "
                     + "and outcome = 'REFUSED:auth.badCredentials' and user_agent = 'suanli-it/failed'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1);
        }
    }

    @Test
    void liquibaseAppliedEveryChangesetBeforeTheApplicationStarted() throws Exception {
        try (Connection c = MariaDbDatabase.connect();
             ResultSet rs = c.createStatement().executeQuery("select id from DATABASECHANGELOG order by orderexecuted")) {
            java.util.List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            assertTrue(ids.containsAll(java.util.List.of("system-1-setting", "system-2-audit-event", "identity-3-user-account",
                    "identity-4-login-session", "demo-1-accounts")), ids.toString());
        }
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> r = http.get("/api/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/v1/auth/token"), r.body());
    }

    @Test
    void badIdsAndUnknownCustomersAreClientErrorsNever500() throws Exception {
        String finance = LedgerIT.finance();
        String admin = LedgerIT.admin();
        HttpResponse<String> unknown = http.json("POST", "/api/v1/ops/bills/999999999999/2026-07", null, "Authorization", finance);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("customer.notFound", parse(unknown.body()).getString("code"));
        for (String path : new String[]{"/api/v1/dev/charges", "/api/v1/dev/refunds", "/api/v1/dev/freezes"}) {
            HttpResponse<String> r = http.json("POST", path, "{\"customerId\":\"abc\",\"amount\":\"1.00\",\"reference\":\"x\",\"reason\":\"x\"}",
                    "Authorization", admin);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertEquals("request.malformed", parse(r.body()).getString("code"), path);
        }
        HttpResponse<String> dept = http.json("POST", "/api/v1/system/departments", "{\"parentId\":\"x1\",\"name\":\"部门\"}",
                "Authorization", admin);
        assertEquals(400, dept.statusCode(), dept.body());
    }
}
