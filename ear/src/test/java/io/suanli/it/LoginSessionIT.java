package io.suanli.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One login for portal and console: form login, role areas, session id change, logout everywhere. */
@ExtendWith({MariaDbDatabase.class, ArquillianExtension.class})
@RunAsClient
class LoginSessionIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void loginChangesTheSessionIdAndLandsInTheRolesConsole() throws Exception {
        Http http = new Http();
        http.get("/login");
        String before = http.cookie("SUANLI_PORTAL_SID").orElseThrow();
        HttpResponse<String> r = http.loginForm("finance", "Finance@2026");
        assertEquals(302, r.statusCode());
        assertEquals("http://127.0.0.1:8080/console/ops/", r.headers().firstValue("Location").orElseThrow());
        assertNotEquals(before, http.cookie("SUANLI_PORTAL_SID").orElseThrow(), "session id changed at login");
        assertTrue(http.cookie("SUANLI_LOGIN").isPresent());
        assertEquals(200, http.get("/console/ops/").statusCode());
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
    void logoutEndsTheLoginInPortalAndConsole() throws Exception {
        Http http = new Http();
        http.loginForm("ops", "Ops@2026");
        assertEquals(200, http.get("/console/ops/").statusCode());
        assertEquals(302, http.get("/console/logout").statusCode());
        HttpResponse<String> portalLogout = http.get("/logout");
        assertEquals(302, portalLogout.statusCode());
        assertEquals(302, http.get("/console/ops/").statusCode(), "back to the login page");
    }

    @Test
    void nextParameterNeverLeavesTheSite() throws Exception {
        HttpResponse<String> evil = new Http().loginForm("customer", "Customer@2026", "//evil.example/x");
        assertEquals("http://127.0.0.1:8080/console/user/", evil.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> local = new Http().loginForm("customer", "Customer@2026", "/console/user/index.xhtml");
        assertEquals("http://127.0.0.1:8080/console/user/index.xhtml", local.headers().firstValue("Location").orElseThrow());
    }
}
