package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security policy at work: lockout, captcha, concurrent logins, password rules and expiry. */
@ServerTest
@RunAsClient
class SecurityIT {

    @AfterEach
    void defaultPolicy() throws Exception {
        for (String key : new String[]{"session.concurrent-limit", "session.concurrent-policy", "password.expiry-days",
                "lockout.threshold", "captcha.mode"}) {
            TestUsers.setPolicy(key, null);
        }
    }

    static HttpResponse<String> token(Http http, String user, String password) throws Exception {
        return http.json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void fifthWrongPasswordLocksTheAccountEvenForTheRightPassword() throws Exception {
        String user = TestUsers.create("FINANCE", true);
        Http http = new Http();
        for (int i = 1; i <= 4; i++) {
            assertEquals("auth.badCredentials", parse(token(http, user, "wrong-" + i).body()).getString("code"));
        }
        HttpResponse<String> fifth = token(http, user, "wrong-5");
        assertEquals(401, fifth.statusCode());
        assertEquals("auth.locked", parse(fifth.body()).getString("code"));
        assertEquals("auth.locked", parse(token(http, user, TestUsers.PASSWORD).body()).getString("code"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor = '" + user + "'"));
    }

    @Test
    void aNameOfNoAccountLocksExactlyLikeAnExistingOne() throws Exception {
        String existing = TestUsers.create("FINANCE", true);
        String unknown = "nobody" + existing.substring(1);
        Http http = new Http();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> a = token(http, existing, "wrong-" + i);
            HttpResponse<String> b = token(http, unknown, "wrong-" + i);
            assertEquals(a.statusCode(), b.statusCode());
            assertEquals(parse(a.body()).getString("code"), parse(b.body()).getString("code"), "failure " + i);
        }
        assertEquals("auth.locked", parse(token(http, unknown, TestUsers.PASSWORD).body()).getString("code"));
        assertEquals(parse(token(http, existing, "x").body()).getString("message"),
                parse(token(http, unknown, "x").body()).getString("message"), "the same words, minutes included");
        String ghost = "ghost" + existing.substring(1);
        Http browser = new Http();
        for (int i = 0; i < 3; i++) {
            browser.loginForm(ghost, "wrong");
        }
        HttpResponse<String> fresh = new Http().loginForm(ghost, "wrong");
        assertTrue(fresh.body().contains("请输入图片验证码"), "a fresh browser is asked for the captcha, as for an account");
    }

    @Test
    void afterThreeFailuresTheLoginPageAsksForTheCaptchaAndRefusesWithoutIt() throws Exception {
        String user = TestUsers.create("CUSTOMER", false);
        Http http = new Http();
        for (int i = 0; i < 3; i++) {
            http.loginForm(user, "wrong");
        }
        HttpResponse<String> page = http.get("/login");
        assertTrue(page.body().contains("id=\"captchaImage\""), "captcha shown");
        HttpResponse<String> withoutCaptcha = http.loginForm(user, TestUsers.PASSWORD);
        assertEquals(200, withoutCaptcha.statusCode(), "not logged in");
        assertTrue(withoutCaptcha.body().contains("请输入图片验证码"));
        // a fresh browser is asked too: the account itself has failed three times
        HttpResponse<String> fresh = new Http().loginForm(user, TestUsers.PASSWORD);
        assertEquals(200, fresh.statusCode());
        assertTrue(fresh.body().contains("请输入图片验证码"));
    }

    @Test
    void everyPortalPageSendsTheProtectiveHeaders() throws Exception {
        for (String path : new String[]{"/", "/login", "/products", "/scenarios", "/search?q=gpu", "/logout.xhtml"}) {
            HttpResponse<String> r = new Http().get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertScriptsCarryTheNonceOfThePolicy(path, r);
        }
        Http staff = new Http();
        assertEquals(302, staff.loginForm("ops", "Ops@2026").statusCode());
        HttpResponse<String> console = staff.get("/console/ops/");
        assertEquals(200, console.statusCode());
        assertScriptsCarryTheNonceOfThePolicy("/console/ops/", console);
        HttpResponse<String> icon = new Http().get("/favicon.ico");
        assertEquals(200, icon.statusCode(), "every page's icon request is answered");
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
    }

    /** A policy that allows no inline script but the nonce'd ones, a fresh nonce each time, on every script tag. */
    static void assertScriptsCarryTheNonceOfThePolicy(String path, HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher m = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})';?$").matcher(csp);
        assertTrue(m.find(), path + " CSP: " + csp);
        assertTrue(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'") && !csp.contains("unsafe-eval"), csp);
        Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(r.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group().contains("nonce=\"" + m.group(1) + "\""), path + ": " + script.group());
        }
        assertTrue(scripts > 0, path);
        assertFalse(Pattern.compile("<[a-z]+ [^>]*\\son(click|change|load|submit)=").matcher(r.body()).find(), path + " has an inline handler");
    }

    @Test
    void theOpenApiDocumentIsReadableFromAnySiteButNeverWithCredentials() throws Exception {
        HttpResponse<String> r = new Http().get("/api/openapi", "Origin", "https://elsewhere.example");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("---") || r.body().startsWith("openapi"), "YAML by default");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().map().toString());
        HttpResponse<String> json = new Http().get("/api/openapi?format=JSON");
        assertTrue(parse(json.body()).getJsonObject("paths").containsKey("/api/v1/orders"));
        assertEquals(400, new Http().get("/api/openapi?format=XML").statusCode());
    }

    /** The server answers 413 to the headers alone: the 40 MB it was promised are never read. */
    @Test
    void aBodyAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String bearer = Http.bearer(TestCustomers.token("customer", "Customer@2026"));
        java.net.URI base = java.net.URI.create(Deployments.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/verification/licence HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: " + bearer
                    + "\r\nContent-Type: image/png\r\nContent-Length: 41943040\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[1024]);
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
        HttpResponse<String> big = new Http().json("POST", "/api/v1/orders", "{\"specCode\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}",
                "Authorization", bearer);
        assertEquals(413, big.statusCode());
        assertEquals("request.tooLarge", parse(big.body()).getString("code"));
    }

    /**
     * A form posted without its page's CSP nonce (stale, or forged elsewhere) whose answer is a page — here a wrong
     * password — gets a fresh form, never a 500 (PrimeFaces refuses to render with another nonce).
     */
    @Test
    void aFormWithoutItsPagesNonceGetsAFreshForm() throws Exception {
        Http http = new Http();
        HttpResponse<String> page = http.get("/login");
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find());
        HttpResponse<String> r = http.form("/login", Map.of("loginForm", "loginForm", "loginForm:username", "nonce-" + System.nanoTime() % 100000,
                "loginForm:password", "not-the-password", "loginForm:submit", "", "jakarta.faces.ViewState", m.group(1), "primefaces.nonce", "forged"));
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"), r.headers().map().toString());
        assertEquals(200, http.get("/login").statusCode());
    }

    @Test
    void captchaImageIsAPng() throws Exception {
        HttpResponse<String> r = new Http().get("/captcha.png");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void fourthLoginEndsTheOldestWhenTheLimitIsThree() throws Exception {
        String user = TestUsers.create("SALES", true);
        Http first = new Http();
        assertEquals(302, first.loginForm(user, TestUsers.PASSWORD).statusCode());
        assertEquals(200, first.get("/console/ops/").statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(302, new Http().loginForm(user, TestUsers.PASSWORD).statusCode());
        }
        Thread.sleep(100);
        HttpResponse<String> r = first.get("/logout");
        assertEquals(302, r.statusCode());
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'SESSION_ENDED_BY_LIMIT' and actor = '" + user + "'"));
    }

    @Test
    void refuseNewPolicyKeepsTheFirstLogin() throws Exception {
        TestUsers.setPolicy("session.concurrent-limit", "1");
        TestUsers.setPolicy("session.concurrent-policy", "REFUSE_NEW");
        String user = TestUsers.create("SALES", true);
        Http first = new Http();
        assertEquals(302, first.loginForm(user, TestUsers.PASSWORD).statusCode());
        HttpResponse<String> second = new Http().loginForm(user, TestUsers.PASSWORD);
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("同时登录数上限"), "refused with a message");
        assertEquals(200, first.get("/console/ops/").statusCode(), "the first login goes on");
    }

    @Test
    void passwordChangeFollowsThePolicyAndTheNewPasswordWorks() throws Exception {
        String user = TestUsers.create("CUSTOMER", false);
        Http http = new Http();
        assertEquals(302, http.loginForm(user, TestUsers.PASSWORD).statusCode());

        HttpResponse<String> common = changePassword(http, TestUsers.PASSWORD, "Password2026!", "Password2026!");
        assertTrue(common.body().contains("过于常见"), "common password refused");
        HttpResponse<String> mismatch = changePassword(http, TestUsers.PASSWORD, "Quiet-River-2026", "Quiet-River-2027");
        assertTrue(mismatch.body().contains("不一致"));
        HttpResponse<String> wrongCurrent = changePassword(http, "not-mine", "Quiet-River-2026", "Quiet-River-2026");
        assertTrue(wrongCurrent.body().contains("当前密码不正确"));

        HttpResponse<String> ok = changePassword(http, TestUsers.PASSWORD, "Quiet-River-2026", "Quiet-River-2026");
        assertTrue(ok.body().contains("密码已修改"), ok.body());
        assertEquals(200, token(new Http(), user, "Quiet-River-2026").statusCode());
        assertEquals(401, token(new Http(), user, TestUsers.PASSWORD).statusCode());
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'PASSWORD_CHANGE' and actor = '"
                + user + "' and outcome = 'OK'"));
        assertFalse(TestUsers.count("select count(*) from audit_event where summary like '%Quiet-River%'") > 0,
                "passwords never reach the audit log");
    }

    @Test
    void expiredPasswordSendsTheUserToThePasswordPageFirst() throws Exception {
        TestUsers.setPolicy("password.expiry-days", "90");
        String user = TestUsers.create("OPS_ADMIN", true);
        TestUsers.setPasswordChangedDaysAgo(user, 120);
        Http http = new Http();
        HttpResponse<String> login = http.loginForm(user, TestUsers.PASSWORD);
        assertEquals("http://127.0.0.1:8080/account/password.xhtml", login.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> console = http.get("/console/ops/");
        assertEquals(302, console.statusCode());
        assertEquals("/account/password.xhtml", console.headers().firstValue("Location").orElseThrow().replace("http://127.0.0.1:8080", ""));
        assertEquals("auth.passwordExpired", parse(token(new Http(), user, TestUsers.PASSWORD).body()).getString("code"));

        changePassword(http, TestUsers.PASSWORD, "Amber-Summit-4521", "Amber-Summit-4521");
        assertEquals(200, http.get("/console/ops/").statusCode(), "open again after the change");
    }

    @Test
    void passwordChangeEndsEveryOtherLoginAndEveryEarlierToken() throws Exception {
        String user = TestUsers.create("CUSTOMER", false);
        Http mine = new Http();
        assertEquals(302, mine.loginForm(user, TestUsers.PASSWORD).statusCode());
        Http other = new Http();
        assertEquals(302, other.loginForm(user, TestUsers.PASSWORD).statusCode());
        assertEquals(200, other.get("/console/user/").statusCode());
        String oldToken = parse(token(new Http(), user, TestUsers.PASSWORD).body()).getString("token");
        assertEquals(200, new Http().get("/api/v1/me", "Authorization", Http.bearer(oldToken)).statusCode());

        HttpResponse<String> ok = changePassword(mine, TestUsers.PASSWORD, "Quiet-River-2026", "Quiet-River-2026");
        assertTrue(ok.body().contains("密码已修改"), ok.body());

        assertEquals(302, other.get("/console/user/").statusCode(), "the other browser is logged out at once");
        assertEquals(302, other.get("/account/password.xhtml").statusCode());
        HttpResponse<String> me = new Http().get("/api/v1/me", "Authorization", Http.bearer(oldToken));
        assertEquals(401, me.statusCode(), "a token from before the change no longer works");
        assertEquals("auth.tokenInvalid", parse(me.body()).getString("code"));
        assertEquals(401, new Http().get("/api/v1/orders", "Authorization", Http.bearer(oldToken)).statusCode());
        assertEquals(200, mine.get("/console/user/").statusCode(), "the browser that changed it stays logged in");
        String newToken = parse(token(new Http(), user, "Quiet-River-2026").body()).getString("token");
        assertEquals(200, new Http().get("/api/v1/me", "Authorization", Http.bearer(newToken)).statusCode());
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLockout() throws Exception {
        TestUsers.setPolicy("lockout.threshold", "3");
        String user = TestUsers.create("CUSTOMER", false);
        Http http = new Http();
        assertEquals(302, http.loginForm(user, TestUsers.PASSWORD).statusCode());
        for (int i = 0; i < 3; i++) {
            assertTrue(changePassword(http, "not-mine-" + i, "Quiet-River-2026", "Quiet-River-2026").body().contains("当前密码不正确"));
        }
        assertEquals(3, TestUsers.count("select failed_logins from user_account where username = '" + user + "'"),
                "each wrong try counted although the change was refused");
        assertEquals("auth.locked", parse(token(new Http(), user, TestUsers.PASSWORD).body()).getString("code"));
    }

    static HttpResponse<String> changePassword(Http http, String current, String next, String repeated) throws Exception {
        HttpResponse<String> page = http.get("/account/password.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find());
        return http.form("/account/password.xhtml", Map.of("passwordForm", "passwordForm", "passwordForm:current", current,
                "passwordForm:next", next, "passwordForm:repeated", repeated, "passwordForm:submit", "",
                "jakarta.faces.ViewState", m.group(1)));
    }
}
