package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles and permissions at menu and action level (S1), enforced by the services, changed without restart. */
@ServerTest
@RunAsClient
class RoleIT {

    final Http http = new Http();

    static String admin() throws Exception {
        return bearer(TestCustomers.token("admin", "Admin@2026"));
    }

    JsonArray matrix() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/system/roles", "Authorization", admin());
        assertEquals(200, r.statusCode(), r.body());
        return parse("{\"a\":" + r.body() + "}").getJsonArray("a");
    }

    List<String> grantedTo(String role) throws Exception {
        return matrix().stream().map(v -> v.asJsonObject())
                .filter(f -> f.getJsonObject("grants").containsKey(role) && f.getJsonObject("grants").getBoolean(role))
                .map(f -> f.getString("function")).collect(Collectors.toList());
    }

    HttpResponse<String> setGrants(String role, List<String> functions) throws Exception {
        String list = functions.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(",", "[", "]"));
        return http.json("PUT", "/api/v1/system/roles/" + role + "/functions", "{\"functions\":" + list + "}", "Authorization", admin());
    }

    @Test
    void revokingAFunctionRefusesTheServiceCallAtOnceAndRestoringItAllowsItAgain() throws Exception {
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        List<String> before = grantedTo("OPS_ADMIN");
        assertTrue(before.contains("ops.verification.view"), before.toString());
        assertEquals(200, http.get("/api/v1/ops/verifications", "Authorization", ops).statusCode());
        try {
            List<String> without = before.stream().filter(f -> !f.equals("ops.verification.view")).toList();
            HttpResponse<String> set = setGrants("OPS_ADMIN", without);
            assertEquals(200, set.statusCode(), set.body());
            HttpResponse<String> refused = http.get("/api/v1/ops/verifications", "Authorization", ops);
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("auth.functionMissing", parse(refused.body()).getString("code"));
            JsonObject me = parse(http.get("/api/v1/me", "Authorization", ops).body());
            assertFalse(me.getJsonArray("functions").getValuesAs(JsonString::getString).contains("ops.verification.view"));
            assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ROLE_GRANTS_UPDATE' and actor = 'admin' "
                    + "and target = 'OPS_ADMIN' and outcome = 'OK'"));
        } finally {
            assertEquals(200, setGrants("OPS_ADMIN", before).statusCode());
        }
        assertEquals(200, http.get("/api/v1/ops/verifications", "Authorization", ops).statusCode());
        assertTrue(parse(http.get("/api/v1/me", "Authorization", ops).body()).getJsonArray("functions")
                .getValuesAs(JsonString::getString).contains("ops.verification.view"));
    }

    @Test
    void aSystemAdministratorWithoutTheAuditFunctionCannotSearchTheAuditLog() throws Exception {
        List<String> before = grantedTo("SYS_ADMIN");
        try {
            assertEquals(200, setGrants("SYS_ADMIN", before.stream().filter(f -> !f.startsWith("system.audit.")).toList()).statusCode());
            HttpResponse<String> staff = http.get("/api/v1/system/staff", "Authorization", admin());
            assertEquals(200, staff.statusCode(), "other functions stay: " + staff.body());
            assertEquals(1, TestUsers.count("select count(*) from role_grant where role_code = 'SYS_ADMIN' "
                    + "and function_code = 'system.audit.view' and granted = false"));
        } finally {
            assertEquals(200, setGrants("SYS_ADMIN", before).statusCode());
        }
    }

    @Test
    void badGrantsAreRefusedAndChangeNothing() throws Exception {
        List<String> before = grantedTo("FINANCE");
        assertEquals("roles.functionUnknown", parse(setGrants("FINANCE", List.of("ops.nothing.here")).body()).getString("code"));
        assertEquals("roles.functionNotForRole", parse(setGrants("FINANCE", List.of("system.audit.view")).body()).getString("code"));
        assertEquals("staff.roleInvalid", parse(setGrants("CUSTOMER", List.of()).body()).getString("code"));
        HttpResponse<String> lockout = setGrants("SYS_ADMIN", List.of("system.org.view"));
        assertEquals(400, lockout.statusCode());
        assertEquals("roles.lockout", parse(lockout.body()).getString("code"));
        assertEquals(before, grantedTo("FINANCE"));
        assertTrue(grantedTo("SYS_ADMIN").contains("system.audit.view"));
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        assertEquals(403, http.get("/api/v1/system/roles", "Authorization", ops).statusCode());
        assertEquals(403, http.json("PUT", "/api/v1/system/roles/OPS_ADMIN/functions", "{\"functions\":[]}", "Authorization", ops).statusCode());
    }

    @Test
    void staffMethodsThatHadNoFunctionNowFollowTheGrants() throws Exception {
        String admin = admin();
        HttpResponse<String> reconcile = http.get("/api/v1/ops/accounts/1000001/reconciliation", "Authorization", admin);
        assertEquals(403, reconcile.statusCode(), "reconciling is finance's (and operations') alone: " + reconcile.body());
        for (HttpResponse<String> r : List.of(
                http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"2026-01\"}", "Authorization", admin),
                http.json("POST", "/api/v1/ops/bills/runs/123456789/stop", null, "Authorization", admin),
                http.json("POST", "/api/v1/ops/bills/runs/123456789/restart", null, "Authorization", admin),
                http.json("POST", "/api/v1/ops/bills/1000001/2026-01", null, "Authorization", admin),
                http.json("POST", "/api/v1/ops/orders/O000000000000/provisioned", "{\"resourceInfo\":{\"resourcePoolId\":\"p\"}}",
                        "Authorization", admin))) {
            assertEquals(403, r.statusCode(), r.request().uri() + " " + r.body());
            assertTrue(Set.of("auth.functionMissing", "auth.forbidden").contains(parse(r.body()).getString("code")),
                    "refused by the API's area gate, and by the function behind it: " + r.request().uri());
        }

        String finance = bearer(TestCustomers.token("finance", "Finance@2026"));
        assertEquals(200, http.get("/api/v1/ops/accounts/1000001/reconciliation", "Authorization", finance).statusCode());
        List<String> before = grantedTo("FINANCE");
        assertTrue(before.contains("ops.finance.bill"), "finance runs the bills by default: " + before);
        try {
            assertEquals(200, setGrants("FINANCE", before.stream().filter(f -> !f.equals("ops.finance.bill")).toList()).statusCode());
            HttpResponse<String> run = http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"2026-01\"}", "Authorization", finance);
            assertEquals(403, run.statusCode(), run.body());
            assertEquals("auth.functionMissing", parse(run.body()).getString("code"));
            assertEquals(403, http.json("POST", "/api/v1/ops/bills/1000001/2026-01", null, "Authorization", finance).statusCode());
            assertEquals(200, http.get("/api/v1/ops/accounts/1000001/reconciliation", "Authorization", finance).statusCode(),
                    "viewing is another function and stays");
        } finally {
            assertEquals(200, setGrants("FINANCE", before).statusCode());
        }
        assertEquals(404, http.get("/api/v1/ops/bills/runs/123456789", "Authorization", finance).statusCode(), "allowed again");
    }

    /**
     * A read-only auditor: a custom role based on finance opens the operations console and may read the ledger and the
     * orders once granted, but cannot adjust an account although finance can; it starts with nothing.
     */
    @Test
    void aCustomRoleMayUseExactlyWhatItIsGrantedWithinItsBaseRole() throws Exception {
        String admin = admin();
        String code = "AUDITOR_" + (System.nanoTime() % 100000);
        HttpResponse<String> created = http.json("POST", "/api/v1/system/staff-roles", "{\"code\":\"" + code.toLowerCase()
                + "\",\"name\":\"只读审计员\",\"nameEn\":\"Read-only auditor\",\"baseRole\":\"FINANCE\"}", "Authorization", admin);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(code, parse(created.body()).getString("code"), "codes are capitals");
        assertEquals(409, http.json("POST", "/api/v1/system/staff-roles", "{\"code\":\"" + code + "\",\"name\":\"又一个\",\"baseRole\":\"FINANCE\"}",
                "Authorization", admin).statusCode());
        for (String bad : List.of("{\"code\":\"FINANCE\",\"name\":\"x\",\"baseRole\":\"FINANCE\"}", "{\"code\":\"A-B\",\"name\":\"x\",\"baseRole\":\"FINANCE\"}",
                "{\"code\":\"VIEWER_X\",\"name\":\"x\",\"baseRole\":\"CUSTOMER\"}", "{\"code\":\"VIEWER_Y\",\"name\":\"" + "长".repeat(61) + "\",\"baseRole\":\"SALES\"}")) {
            HttpResponse<String> r = http.json("POST", "/api/v1/system/staff-roles", bad, "Authorization", admin);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
        }
        assertTrue(grantedTo(code).isEmpty(), "a new role may use nothing");
        String user = "aud" + (System.nanoTime() % 1000000);
        HttpResponse<String> staff = http.json("POST", "/api/v1/system/staff", "{\"username\":\"" + user + "\",\"displayName\":\"审计\",\"role\":\""
                + code + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}", "Authorization", admin);
        assertEquals(201, staff.statusCode(), staff.body());
        String auditor = bearer(TestCustomers.token(user, TestUsers.PASSWORD));
        assertEquals(403, http.get("/api/v1/ops/ledger", "Authorization", auditor).statusCode(), "nothing granted yet");

        assertEquals("roles.functionNotForRole", parse(setGrants(code, List.of("system.audit.view")).body()).getString("code"),
                "never beyond its base role's console");
        assertEquals(200, setGrants(code, List.of("ops.finance.view", "ops.order.view")).statusCode());
        assertEquals(200, http.get("/api/v1/ops/ledger", "Authorization", auditor).statusCode());
        assertEquals(200, http.get("/api/v1/ops/orders", "Authorization", auditor).statusCode());
        HttpResponse<String> adjust = http.json("POST", "/api/v1/ops/accounts/1000001/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"9.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"审计员不能调账\"}", "Authorization", auditor);
        assertEquals(403, adjust.statusCode(), adjust.body());
        assertEquals("auth.functionMissing", parse(adjust.body()).getString("code"));
        assertEquals(List.of("ops.finance.view", "ops.order.view"), parse(http.get("/api/v1/me", "Authorization", auditor).body())
                .getJsonArray("functions").getValuesAs(JsonString::getString));

        Http browser = new Http();
        assertEquals(302, browser.loginForm(user, TestUsers.PASSWORD).statusCode());
        assertEquals(200, browser.get("/console/ops/ledger.xhtml").statusCode(), "the finance console opens");
        Http adminBrowser = new Http();
        assertEquals(302, adminBrowser.loginForm("admin", "Admin@2026").statusCode());
        HttpResponse<String> page = adminBrowser.get("/console/system/roles.xhtml?lang=en");
        assertTrue(page.body().contains("Read-only auditor") && page.body().contains(code), "a column and a row for the role");

        HttpResponse<String> inUse = http.json("DELETE", "/api/v1/system/staff-roles/" + code, null, "Authorization", admin);
        assertEquals(409, inUse.statusCode(), inUse.body());
        assertEquals("roles.inUse", parse(inUse.body()).getString("code"));
        assertEquals(404, http.json("DELETE", "/api/v1/system/staff-roles/NOBODY_HAS_IT", null, "Authorization", admin).statusCode());
        String spare = code + "_B";
        assertEquals(201, http.json("POST", "/api/v1/system/staff-roles", "{\"code\":\"" + spare + "\",\"name\":\"备用\",\"baseRole\":\"SALES\"}",
                "Authorization", admin).statusCode());
        assertEquals(204, http.json("DELETE", "/api/v1/system/staff-roles/" + spare, null, "Authorization", admin).statusCode());
        assertFalse(http.get("/api/v1/system/staff-roles", "Authorization", admin).body().contains(spare));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ROLE_CREATE' and outcome = 'OK' and lower(target) = lower('" + code + "')"));
    }

    /** Any operations function may go to any operations role, e.g. catalog editing to distributor operations. */
    @Test
    void anyOperationsFunctionCanBeGrantedToAnyOperationsRole() throws Exception {
        List<String> before = grantedTo("DIST_OPS_ADMIN");
        String dist = bearer(TestCustomers.token(TestUsers.create("DIST_OPS_ADMIN", true), TestUsers.PASSWORD));
        assertEquals(403, http.get("/api/v1/ops/catalog/products", "Authorization", dist).statusCode());
        try {
            List<String> more = new java.util.ArrayList<>(before);
            more.add("ops.catalog.view");
            assertEquals(200, setGrants("DIST_OPS_ADMIN", more).statusCode());
            assertEquals(200, http.get("/api/v1/ops/catalog/products", "Authorization", dist).statusCode());
        } finally {
            assertEquals(200, setGrants("DIST_OPS_ADMIN", before).statusCode());
        }
    }
}
