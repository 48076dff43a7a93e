package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One login for portal and console: form login, role areas, session id change, logout everywhere. */
@ServerTest
@RunAsClient
class LoginSessionIT {

    @Test
    void loginChangesTheSessionIdAndLandsInTheRolesConsole() throws Exception {
        Http http = new Http();
        HttpResponse<String> page = http.get("/login");
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SUANLI_PORTAL_SID=")
                && c.contains("SameSite=Lax") && c.contains("HttpOnly")), "the portal session cookie: " + page.headers().allValues("Set-Cookie"));
        String before = http.cookie("SUANLI_PORTAL_SID").orElseThrow();
        HttpResponse<String> r = http.loginForm("finance", "Finance@2026");
        assertEquals(302, r.statusCode());
        assertEquals("http://127.0.0.1:8080/console/ops/", r.headers().firstValue("Location").orElseThrow());
        assertNotEquals(before, http.cookie("SUANLI_PORTAL_SID").orElseThrow(), "session id changed at login");
        assertTrue(http.cookie("SUANLI_LOGIN").isPresent());
        HttpResponse<String> console = http.get("/console/ops/");
        assertEquals(200, console.statusCode());
        assertTrue(console.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SUANLI_CONSOLE_SID=")
                && c.contains("SameSite=Lax")), "the console session cookie: " + console.headers().allValues("Set-Cookie"));
        assertEquals("same-origin", console.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void eachConsoleAreaIsClosedToTheOtherRoles() throws Exception {
        Http customer = new Http();
        customer.loginForm("customer", "Customer@2026");
        assertEquals(200, customer.get("/console/user/").statusCode());
        assertEquals(403, customer.get("/console/ops/").statusCode());
        assertEquals(403, customer.get("/console/system/").statusCode());
        Http sales = new Http();
        sales.loginForm("sales", "Sales@2026");
        assertEquals(403, sales.get("/console/user/").statusCode());
        assertEquals(403, sales.get("/console/system/").statusCode());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> r = new Http().get("/console/system/");
        assertEquals(302, r.statusCode());
        assertEquals("http://127.0.0.1:8080/login?next=%2Fconsole%2Fsystem%2F", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() throws Exception {
        HttpResponse<String> r = new Http().loginForm("ops", "wrong-password");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("用户名或密码错误"), "localized message shown");
    }

    @Test
    void logoutIsAPostWithTheFormProofAndEndsTheLoginEverywhereAtOnce() throws Exception {
        Http http = new Http();
        http.loginForm("ops", "Ops@2026");
        HttpResponse<String> console = http.get("/console/ops/");
        assertEquals(200, console.statusCode());
        String replay = "SUANLI_LOGIN=" + http.cookie("SUANLI_LOGIN").orElseThrow()
                + "; SUANLI_CONSOLE_SID=" + http.cookie("SUANLI_CONSOLE_SID").orElseThrow();

        HttpResponse<String> get = http.get("/logout");
        assertEquals(302, get.statusCode());
        assertTrue(get.headers().firstValue("Location").orElseThrow().endsWith("/logout.xhtml"), "a GET only asks");
        assertEquals(302, http.get("/console/logout").statusCode());
        assertEquals(200, http.get("/console/ops/").statusCode(), "GETs changed nothing");
        assertEquals(302, http.form("/logout", Map.of()).statusCode());
        assertEquals(302, http.form("/logout", Map.of("proof", "0".repeat(32))).statusCode());
        assertEquals(200, http.get("/console/ops/").statusCode(), "a POST without the right proof (another site's form) changes nothing");

        HttpResponse<String> confirm = http.get("/logout.xhtml");
        Matcher proof = Pattern.compile("name=\"proof\" value=\"([0-9a-f]{32})\"").matcher(confirm.body());
        assertTrue(proof.find(), "the confirmation page carries the form");
        HttpResponse<String> out = http.form("/console/logout", Map.of("proof", proof.group(1)));
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SUANLI_LOGIN=;") || c.startsWith("SUANLI_LOGIN=\"\"")),
                "the login cookie is cleared: " + out.headers().allValues("Set-Cookie"));

        HttpResponse<String> replayed = new Http().get("/console/ops/", "Cookie", replay);
        assertEquals(302, replayed.statusCode(), "the old cookies open nothing any more");
        assertTrue(replayed.headers().firstValue("Location").orElseThrow().contains("/login?next="));
        assertEquals(302, new Http().get("/account/password.xhtml", "Cookie", replay).statusCode());
    }

    @Test
    void portalLogoutEndsTheConsoleLoginOfTheSameCookie() throws Exception {
        Http http = new Http();
        http.loginForm("customer", "Customer@2026");
        assertEquals(200, http.get("/console/user/").statusCode());
        String replay = "SUANLI_LOGIN=" + http.cookie("SUANLI_LOGIN").orElseThrow()
                + "; SUANLI_CONSOLE_SID=" + http.cookie("SUANLI_CONSOLE_SID").orElseThrow();
        Matcher proof = Pattern.compile("name=\"proof\" value=\"([0-9a-f]{32})\"").matcher(http.get("/").body());
        assertTrue(proof.find(), "the portal header's logout form");
        assertEquals(302, http.form("/logout", Map.of("proof", proof.group(1))).statusCode());
        assertEquals(302, new Http().get("/console/user/", "Cookie", replay).statusCode());
        assertEquals(1, TestUsers.count("select count(*) from login_session s join user_account u on u.id = s.user_id where u.username = 'customer' "
                + "and s.token_hash = sha2('" + replay.substring("SUANLI_LOGIN=".length(), replay.indexOf(';')) + "', 256) and s.ended_at is not null"));
    }

    @Test
    void nextParameterNeverLeavesTheSite() throws Exception {
        HttpResponse<String> evil = new Http().loginForm("customer", "Customer@2026", "//evil.example/x");
        assertEquals("http://127.0.0.1:8080/console/user/", evil.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> local = new Http().loginForm("customer", "Customer@2026", "/console/user/index.xhtml");
        assertEquals("http://127.0.0.1:8080/console/user/index.xhtml", local.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> wide = new Http().loginForm("customer", "Customer@2026", "/console/user/\u3000");
        assertEquals("http://127.0.0.1:8080/console/user/", wide.headers().firstValue("Location").orElseThrow(),
                "no raw bytes in Location");
    }
}
