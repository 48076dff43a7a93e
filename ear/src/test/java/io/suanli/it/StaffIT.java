package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organization and staff (S1): departments, staff accounts with a staff role, disable, second-factor reset. */
@ServerTest
@RunAsClient
class StaffIT {

    final Http http = new Http();

    static String admin() throws Exception {
        return bearer(TestCustomers.token("admin", "Admin@2026"));
    }

    String rootDepartment() throws Exception {
        JsonArray deps = parse("{\"a\":" + http.get("/api/v1/system/departments", "Authorization", admin()).body() + "}").getJsonArray("a");
        return deps.stream().map(d -> d.asJsonObject()).filter(d -> !d.containsKey("parentId")).findFirst().orElseThrow().getString("id");
    }

    HttpResponse<String> createStaff(String user, String role, String dept, String password) throws Exception {
        return http.json("POST", "/api/v1/system/staff", "{\"username\":\"" + user + "\",\"displayName\":\"新同事\",\"role\":\"" + role + "\""
                + (dept == null ? "" : ",\"departmentId\":\"" + dept + "\"") + ",\"password\":\"" + password + "\"}", "Authorization", admin());
    }

    @Test
    void sysAdminBuildsADepartmentAndCreatesAStaffMemberInIt() throws Exception {
        HttpResponse<String> dept = http.json("POST", "/api/v1/system/departments", "{\"parentId\":\"" + rootDepartment()
                + "\",\"name\":\"结算组\"}", "Authorization", admin());
        assertEquals(201, dept.statusCode(), dept.body());
        String deptId = parse(dept.body()).getString("id");
        String user = RegistrationIT.newUsername();
        HttpResponse<String> created = createStaff(user, "FINANCE", deptId, TestUsers.PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("结算组", parse(created.body()).getString("department", "结算组"));
        JsonObject me = parse(http.get("/api/v1/me", "Authorization", bearer(TestCustomers.token(user, TestUsers.PASSWORD))).body());
        assertEquals("FINANCE", me.getJsonArray("roles").getString(0));
        String list = http.get("/api/v1/system/staff?departmentId=" + deptId, "Authorization", admin()).body();
        assertTrue(list.contains(user), list);
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'STAFF_CREATE' and actor = 'admin' and target = '" + user + "'"));
    }

    @Test
    void badInputIsRefused() throws Exception {
        assertEquals("staff.roleInvalid", parse(createStaff(RegistrationIT.newUsername(), "CUSTOMER", null, TestUsers.PASSWORD).body()).getString("code"));
        assertTrue(parse(createStaff(RegistrationIT.newUsername(), "SALES", null, "password1").body()).getString("code").startsWith("password."));
        assertEquals("registration.usernameTaken", parse(createStaff("admin", "SALES", null, TestUsers.PASSWORD).body()).getString("code"));
        assertEquals(404, createStaff(RegistrationIT.newUsername(), "SALES", "42", TestUsers.PASSWORD).statusCode());
        assertEquals("validation.required", parse(http.json("POST", "/api/v1/system/departments", "{\"name\":\" \"}",
                "Authorization", admin()).body()).getString("code"));
    }

    @Test
    void aDisabledStaffMemberCannotLogInAndNobodyDisablesThemselves() throws Exception {
        String user = RegistrationIT.newUsername();
        String id = parse(createStaff(user, "SALES", null, TestUsers.PASSWORD).body()).getString("id");
        assertEquals(204, http.json("POST", "/api/v1/system/staff/" + id + "/disable", null, "Authorization", admin()).statusCode());
        assertEquals(401, new Http().json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}").statusCode());
        assertEquals(204, http.json("POST", "/api/v1/system/staff/" + id + "/enable", null, "Authorization", admin()).statusCode());
        assertEquals(200, new Http().json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}").statusCode());
        String adminId = parse("{\"a\":" + http.get("/api/v1/system/staff", "Authorization", admin()).body() + "}").getJsonArray("a").stream()
                .map(s -> s.asJsonObject()).filter(s -> s.getString("username").equals("admin")).findFirst().orElseThrow().getString("id");
        assertEquals("staff.notYourself", parse(http.json("POST", "/api/v1/system/staff/" + adminId + "/disable", null, "Authorization", admin()).body()).getString("code"));
    }

    @Test
    void aResetSecondFactorIsEnrolledAgainAtTheNextLogin() throws Exception {
        TestUsers.setPolicy("mfa.staff-required", "true");
        try {
            String user = TestUsers.create("OPS_ADMIN", true);
            SecondFactorIT.enrol(user);
            String id = parse("{\"a\":" + http.get("/api/v1/system/staff", "Authorization", bearer(adminTokenWithoutMfa())).body() + "}")
                    .getJsonArray("a").stream().map(s -> s.asJsonObject()).filter(s -> s.getString("username").equals(user))
                    .findFirst().orElseThrow().getString("id");
            assertEquals(204, http.json("POST", "/api/v1/system/staff/" + id + "/reset-second-factor", null,
                    "Authorization", bearer(adminTokenWithoutMfa())).statusCode());
            Http again = new Http();
            again.loginForm(user, TestUsers.PASSWORD);
            assertTrue(again.get("/login-mfa.xhtml").body().contains("<svg"), "enrolment again");
        } finally {
            TestUsers.setPolicy("mfa.staff-required", "false");
        }
    }

    /** The demo admin has no authenticator: a token is issued before the policy is switched on in this test. */
    private String adminToken;

    private String adminTokenWithoutMfa() throws Exception {
        if (adminToken == null) {
            TestUsers.setPolicy("mfa.staff-required", "false");
            adminToken = TestCustomers.token("admin", "Admin@2026");
            TestUsers.setPolicy("mfa.staff-required", "true");
        }
        return adminToken;
    }

    @Test
    void onlySystemAdministratorsManageStaff() throws Exception {
        String ops = bearer(TestCustomers.token("ops", "Ops@2026"));
        assertEquals(403, http.get("/api/v1/system/staff", "Authorization", ops).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/system/departments", "{\"name\":\"x\"}", "Authorization", ops).statusCode());
    }
}
