package io.suanli.it;

import io.suanli.core.identity.domain.Totp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TOTP second factor: enrolment with QR and recovery codes, code check, the API's otp, secrets encrypted at rest. */
@ServerTest
@RunAsClient
class SecondFactorIT {

    @BeforeEach
    void staffMustUseASecondFactor() throws Exception {
        TestUsers.setPolicy("mfa.staff-required", "true");
    }

    @AfterEach
    void demoStaffLogInWithPasswordsAgain() throws Exception {
        TestUsers.setPolicy("mfa.staff-required", "false");
    }

    record Enrolment(Http browser, String secret, List<String> recoveryCodes) {
    }

    static Enrolment enrol(String user) throws Exception {
        Http http = new Http();
        HttpResponse<String> login = http.loginForm(user, TestUsers.PASSWORD);
        assertEquals("http://127.0.0.1:8080/login-mfa.xhtml", login.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = http.get("/login-mfa.xhtml");
        assertTrue(page.body().contains("<svg"), "QR code shown");
        Matcher m = Pattern.compile("id=\"totpSecret\"[^>]*>([A-Z2-7 ]+)<").matcher(page.body());
        assertTrue(m.find(), "secret shown for manual entry");
        String secret = m.group(1).replace(" ", "");
        HttpResponse<String> done = submit(http, page, Totp.code(secret, Totp.step(Instant.now().getEpochSecond())));
        List<String> codes = new ArrayList<>();
        Matcher c = Pattern.compile("<li><code>([a-z0-9]{10})</code></li>").matcher(done.body());
        while (c.find()) {
            codes.add(c.group(1));
        }
        assertEquals(10, codes.size(), done.body());
        return new Enrolment(http, secret, codes);
    }

    static HttpResponse<String> submit(Http http, HttpResponse<String> page, String code) throws Exception {
        Matcher v = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(v.find());
        return http.form("/login-mfa.xhtml", Map.of("mfaForm", "mfaForm", "mfaForm:code", code, "mfaForm:verify", "",
                "jakarta.faces.ViewState", v.group(1)));
    }

    static HttpResponse<String> token(String user, String otp) throws Exception {
        return new Http().json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\""
                + TestUsers.PASSWORD + "\"" + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}");
    }

    @Test
    void staffEnrolAtTheirFirstLoginAndThenReachTheirConsole() throws Exception {
        String user = TestUsers.create("OPS_ADMIN", true);
        Enrolment e = enrol(user);
        assertEquals(200, e.browser().get("/console/ops/").statusCode());
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'SECOND_FACTOR_ENROLLED' and actor = '" + user + "'"));
        assertEquals(10, TestUsers.count("select count(*) from recovery_code r join user_account u on u.id = r.user_id "
                + "where u.username = '" + user + "'"));
    }

    @Test
    void secondFactorSecretIsEncryptedAtRest() throws Exception {
        String user = TestUsers.create("FINANCE", true);
        Enrolment e = enrol(user);
        try (var c = MariaDbDatabase.connect(); var rs = c.createStatement().executeQuery(
                "select totp_secret from user_account where username = '" + user + "'")) {
            rs.next();
            String stored = rs.getString(1);
            assertTrue(stored.startsWith("v1:"), stored);
            assertFalse(stored.contains(e.secret()));
        }
    }

    @Test
    void passwordAloneNoLongerLogsInAndAWrongCodeIsRefused() throws Exception {
        String user = TestUsers.create("SALES", true);
        enrol(user);
        Http http = new Http();
        http.loginForm(user, TestUsers.PASSWORD);
        assertEquals(302, http.get("/console/ops/").statusCode(), "not logged in before the code");
        HttpResponse<String> page = http.get("/login-mfa.xhtml");
        assertFalse(page.body().contains("<svg"), "no enrolment the second time");
        HttpResponse<String> wrong = submit(http, page, "000000");
        assertTrue(wrong.body().contains("动态码不正确"), "refused with a message");
        assertEquals(302, http.get("/console/ops/").statusCode());
    }

    @Test
    void apiTokenNeedsTheCodeAndEachRecoveryCodeWorksOnce() throws Exception {
        String user = TestUsers.create("FINANCE", true);
        Enrolment e = enrol(user);
        HttpResponse<String> without = token(user, null);
        assertEquals(401, without.statusCode());
        assertEquals("auth.otpRequired", parse(without.body()).getString("code"));
        String recovery = e.recoveryCodes().get(0);
        assertEquals(200, token(user, recovery).statusCode());
        HttpResponse<String> again = token(user, recovery);
        assertEquals("auth.otpWrong", parse(again.body()).getString("code"), "a recovery code is single-use");
    }

    @Test
    void apiRefusesStaffWhoMustButHaveNotEnrolled() throws Exception {
        String user = TestUsers.create("OPS_ADMIN", true);
        HttpResponse<String> r = token(user, null);
        assertEquals(401, r.statusCode());
        assertEquals("auth.enrolmentRequired", parse(r.body()).getString("code"));
    }

    @Test
    void anSmsCodeToTheRegisteredMobileIsTheAlternativeSecondFactor() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("PERSONAL");
        TestUsers.setPolicy("mfa.customer-required", "true");
        try {
            Http http = new Http();
            http.loginForm(c.username(), TestCustomers.PASSWORD);
            HttpResponse<String> page = http.get("/login-mfa.xhtml");
            Matcher v = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertTrue(v.find());
            HttpResponse<String> sent = http.form("/login-mfa.xhtml", Map.of("jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "mfaForm:sendSms", "jakarta.faces.partial.execute", "mfaForm:sendSms",
                    "jakarta.faces.partial.render", "mfaForm:messages", "mfaForm:sendSms", "mfaForm:sendSms", "mfaForm", "mfaForm",
                    "jakarta.faces.ViewState", v.group(1)), "Faces-Request", "partial/ajax");
            assertTrue(sent.body().contains("验证码已发送"), sent.body());
            HttpResponse<String> done = submit(http, page, RegistrationIT.smsCodeSentTo(c.mobile()));
            assertEquals(302, done.statusCode(), "logged in with the SMS code");
            assertEquals(200, http.get("/console/user/").statusCode());
            assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'LOGIN_SMS_CODE' and actor = '" + c.username() + "'"));
        } finally {
            TestUsers.setPolicy("mfa.customer-required", null);
        }
    }

    @Test
    void customersAreNotAskedUnlessThePolicySaysSo() throws Exception {
        String user = TestUsers.create("CUSTOMER", false);
        HttpResponse<String> login = new Http().loginForm(user, TestUsers.PASSWORD);
        assertEquals("http://127.0.0.1:8080/console/user/", login.headers().firstValue("Location").orElseThrow());
    }
}
