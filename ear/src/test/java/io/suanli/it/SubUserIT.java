package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sub-users (U2): permissions enforced by the services, tenant isolation, the user-class quota. */
@ServerTest
@RunAsClient
class SubUserIT {

    final Http http = new Http();

    HttpResponse<String> create(TestCustomers.Registered admin, String username, String permissions) throws Exception {
        return http.json("POST", "/api/v1/sub-users", "{\"username\":\"" + username + "\",\"displayName\":\"运维小王\",\"password\":\""
                + TestUsers.PASSWORD + "\",\"permissions\":[" + permissions + "]}", "Authorization", admin.bearer());
    }

    @Test
    void aSubUserWithoutThePermissionIsRefusedByTheServiceItself() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("ENTERPRISE");
        String sub = RegistrationIT.newUsername();
        HttpResponse<String> created = create(admin, sub, "\"VIEW_RESOURCES\"");
        assertEquals(201, created.statusCode(), created.body());
        String token = TestCustomers.token(sub, TestUsers.PASSWORD);
        JsonObject me = parse(http.get("/api/v1/me", "Authorization", bearer(token)).body());
        assertEquals("VIEW_RESOURCES", me.getJsonArray("permissions").getString(0));
        HttpResponse<String> list = http.get("/api/v1/sub-users", "Authorization", bearer(token));
        assertEquals(403, list.statusCode());
        assertEquals("auth.permissionMissing", parse(list.body()).getString("code"));
        assertEquals(403, create(new TestCustomers.Registered(sub, null, token), RegistrationIT.newUsername(), "").statusCode());

        String id = parse(created.body()).getString("id");
        assertEquals(200, http.json("PUT", "/api/v1/sub-users/" + id + "/permissions", "{\"permissions\":[\"MANAGE_SUBUSERS\"]}",
                "Authorization", admin.bearer()).statusCode());
        assertEquals(200, http.get("/api/v1/sub-users", "Authorization", bearer(token)).statusCode(), "granted now");
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'SUBUSER_PERMISSIONS' and actor = '" + admin.username() + "'"));
    }

    @Test
    void aCustomerCannotTouchAnotherCustomersUsers() throws Exception {
        TestCustomers.Registered a = TestCustomers.register("ENTERPRISE");
        TestCustomers.Registered b = TestCustomers.register("PERSONAL");
        String id = parse(create(a, RegistrationIT.newUsername(), "").body()).getString("id");
        assertEquals(404, http.json("PUT", "/api/v1/sub-users/" + id + "/permissions", "{\"permissions\":[\"PAY\"]}",
                "Authorization", b.bearer()).statusCode());
        assertEquals(404, http.json("POST", "/api/v1/sub-users/" + id + "/disable", null, "Authorization", b.bearer()).statusCode());
        assertTrue(parse("{\"a\":" + http.get("/api/v1/sub-users", "Authorization", b.bearer()).body() + "}").getJsonArray("a").stream()
                .noneMatch(u -> u.asJsonObject().getString("id").equals(id)), "B's list has only B's users");
    }

    @Test
    void aDisabledSubUserCannotLogIn() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("PERSONAL");
        String sub = RegistrationIT.newUsername();
        String id = parse(create(admin, sub, "\"VIEW_BILLING\"").body()).getString("id");
        assertEquals("DISABLED", parse(http.json("POST", "/api/v1/sub-users/" + id + "/disable", null, "Authorization", admin.bearer()).body())
                .getString("status"));
        HttpResponse<String> token = http.json("POST", "/api/v1/auth/token", "{\"username\":\"" + sub + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}");
        assertEquals(401, token.statusCode());
    }

    @Test
    void theQuotaOfTheUserClassBoundsTheSubUsers() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("ENTERPRISE");
        String customerId = parse(http.get("/api/v1/me", "Authorization", admin.bearer()).body()).getString("customerId");
        String ops = Http.bearer(TestCustomers.token("ops", "Ops@2026"));
        assertEquals(200, http.json("PUT", "/api/v1/ops/customers/" + customerId + "/quotas/USER_SUBUSERS", "{\"limit\":2}",
                "Authorization", ops).statusCode());
        assertEquals(201, create(admin, RegistrationIT.newUsername(), "").statusCode());
        assertEquals(201, create(admin, RegistrationIT.newUsername(), "").statusCode());
        HttpResponse<String> third = create(admin, RegistrationIT.newUsername(), "");
        assertEquals(400, third.statusCode());
        assertEquals("subuser.quotaReached", parse(third.body()).getString("code"));
        JsonObject quota = parse("{\"a\":" + http.get("/api/v1/quotas", "Authorization", admin.bearer()).body() + "}").getJsonArray("a")
                .stream().map(v -> v.asJsonObject()).filter(q -> q.getString("code").equals("USER_SUBUSERS")).findFirst().orElseThrow();
        assertEquals(2, quota.getInt("limit"));
        assertEquals(2, quota.getInt("used"));
        assertEquals(10, quota.getInt("defaultLimit"));
    }

    @Test
    void badInputIsRefused() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("PERSONAL");
        assertEquals("registration.usernameTaken", parse(create(admin, "customer", "").body()).getString("code"));
        assertEquals("registration.usernameInvalid", parse(create(admin, "9x", "").body()).getString("code"));
        assertEquals("request.malformed", parse(create(admin, RegistrationIT.newUsername(), "\"FLY\"").body()).getString("code"));
        HttpResponse<String> weak = http.json("POST", "/api/v1/sub-users", "{\"username\":\"" + RegistrationIT.newUsername()
                + "\",\"password\":\"qwerty123\"}", "Authorization", admin.bearer());
        assertTrue(parse(weak.body()).getString("code").startsWith("password."), weak.body());
        assertEquals(403, http.get("/api/v1/sub-users", "Authorization", bearer(TestCustomers.token("ops", "Ops@2026"))).statusCode());
    }
}
