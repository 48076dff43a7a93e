package io.suanli.it;

import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Masking;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration (P2): SMS code, invite code, encrypted contact data, e-mail link, and the ways it is refused. */
@ServerTest
@RunAsClient
class RegistrationIT {

    /** The dev profile's key (the tests read the outbox the way a system administrator's page does). */
    static final FieldCipher DEV = new FieldCipher("dev:ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=", "dev");

    final Http http = new Http();

    static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String newUsername() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    HttpResponse<String> sendCode(String mobile) throws Exception {
        return http.json("POST", "/api/v1/registrations/sms-codes", "{\"mobile\":\"" + mobile + "\"}");
    }

    /** The code of the newest SMS to a number, read from the delivery log (the dev outbox). */
    static String smsCodeSentTo(String mobile) throws Exception {
        try (Connection c = MariaDbDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select recipient_enc, body_enc from message_delivery where template_code = 'VERIFY_CODE' and recipient_masked = ? "
                        + "order by id desc limit 50")) {
            s.setString(1, Masking.mobile(mobile));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (mobile.equals(DEV.decrypt("message_recipient", rs.getString(1)))) {
                        Matcher m = Pattern.compile("(\\d{6})").matcher(DEV.decrypt("message_body", rs.getString(2)));
                        assertTrue(m.find());
                        return m.group(1);
                    }
                }
                throw new AssertionError("no SMS was logged for " + mobile);
            }
        }
    }

    HttpResponse<String> register(String type, String username, String password, String mobile, String code, String email,
                                  String invite, boolean terms, String... headers) throws Exception {
        return registerIn(null, type, username, password, mobile, code, email, invite, terms, headers);
    }

    /** The same with more fields ({@code extra}: JSON members, e.g. the province and city codes). */
    HttpResponse<String> registerIn(String extra, String type, String username, String password, String mobile, String code, String email,
                                    String invite, boolean terms, String... headers) throws Exception {
        String body = "{\"type\":\"" + type + "\",\"name\":\"星河智算科技有限公司\",\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"mobile\":\"" + mobile + "\",\"smsCode\":\"" + code + "\",\"email\":\"" + email + "\""
                + (invite == null ? "" : ",\"inviteCode\":\"" + invite + "\"") + (extra == null ? "" : "," + extra)
                + ",\"termsAccepted\":" + terms + "}";
        return http.json("POST", "/api/v1/registrations", body, headers);
    }

    @Test
    void enterpriseRegistersWithItsSmsCodeAndAnInviteCodeThenLogsIn() throws Exception {
        String mobile = newMobile();
        String user = newUsername();
        assertEquals(204, sendCode(mobile).statusCode());
        HttpResponse<String> r = registerIn("\"provinceCode\":\"440000\",\"cityCode\":\"440300\"", "ENTERPRISE", user,
                "Bright-Harbor-2026", mobile, smsCodeSentTo(mobile), user + "@corp.example", "demo2026", true);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(user, parse(r.body()).getString("username"));

        HttpResponse<String> token = http.json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"Bright-Harbor-2026\"}");
        assertEquals(200, token.statusCode());
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", bearer(parse(token.body()).getString("token")));
        assertEquals("CUSTOMER", parse(me.body()).getJsonArray("roles").getString(0));

        try (Connection c = MariaDbDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select u.mobile_enc, u.email_enc, c.customer_type, c.verified, c.inviter_customer_id, c.invite_code, c.province_code, c.city_code "
                        + "from user_account u join customer c on c.id = u.customer_id where u.username = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("v1:") && !rs.getString(1).contains(mobile), "mobile encrypted");
                assertTrue(rs.getString(2).startsWith("v1:") && !rs.getString(2).contains("corp.example"), "e-mail encrypted");
                assertEquals("ENTERPRISE", rs.getString(3));
                assertFalse(rs.getBoolean(4), "not verified until real-name verification");
                assertEquals(1000001L, rs.getLong(5), "linked to the inviter");
                assertEquals("DEMO2026", rs.getString(6));
                assertEquals("440000", rs.getString(7), "the province given at registration (REGION discounts)");
                assertEquals("440300", rs.getString(8));
            }
        }
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'REGISTER' and actor = '" + user + "'"));
    }

    @Test
    void aRegisteredCustomerLogsInWithTheMobileNumberToo() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("PERSONAL");
        HttpResponse<String> token = http.json("POST", "/api/v1/auth/token",
                "{\"username\":\"+86 " + c.mobile() + "\",\"password\":\"" + TestCustomers.PASSWORD + "\"}");
        assertEquals(200, token.statusCode(), token.body());
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", bearer(parse(token.body()).getString("token")));
        assertEquals(c.username(), parse(me.body()).getString("username"));
        HttpResponse<String> form = new Http().loginForm(c.mobile(), TestCustomers.PASSWORD);
        assertEquals("http://127.0.0.1:8080/console/user/", form.headers().firstValue("Location").orElseThrow());
        assertEquals(401, http.json("POST", "/api/v1/auth/token", "{\"username\":\"13800000000\",\"password\":\"x\"}").statusCode());
    }

    @Test
    void theLinkOfTheVerificationMailConfirmsTheAddressOnce() throws Exception {
        String mobile = newMobile();
        String user = newUsername();
        String email = user + "@mail.example";
        sendCode(mobile);
        assertEquals(201, register("PERSONAL", user, "Quiet-Forest-2026", mobile, smsCodeSentTo(mobile), email, null, true).statusCode());
        MimeMessage mail = Mailbox.latestTo(email).orElseThrow(() -> new AssertionError("no verification mail"));
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8080(/verify-email\\?token=[A-Za-z0-9_%-]+)").matcher(
                String.valueOf(mail.getContent()));
        assertTrue(link.find(), "link in the mail");
        HttpResponse<String> first = http.get(link.group(1));
        assertEquals(302, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("ok=true"));
        assertTrue(http.get(link.group(1)).headers().firstValue("Location").orElseThrow().endsWith("ok=false"), "only once");
        assertEquals(1, TestUsers.count("select count(*) from user_account where username = '" + user + "' and email_verified_at is not null"));
    }

    @Test
    void fiveWrongSmsCodesUseTheCodeUp() throws Exception {
        String mobile = newMobile();
        sendCode(mobile);
        String right = smsCodeSentTo(mobile);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            assertEquals("sms.codeWrong", parse(register("PERSONAL", newUsername(), "Quiet-Forest-2026", mobile, wrong,
                    newUsername() + "@x.example", null, true).body()).getString("code"));
        }
        assertEquals("sms.codeUsedUp", parse(register("PERSONAL", newUsername(), "Quiet-Forest-2026", mobile, wrong,
                newUsername() + "@x.example", null, true).body()).getString("code"));
        assertEquals("sms.codeUsedUp", parse(register("PERSONAL", newUsername(), "Quiet-Forest-2026", mobile, right,
                newUsername() + "@x.example", null, true).body()).getString("code"), "even the right code is spent now");
    }

    @Test
    void aSecondCodeWithinAMinuteAndCodesForRegisteredNumbersAreRefused() throws Exception {
        String mobile = newMobile();
        assertEquals(204, sendCode(mobile).statusCode());
        HttpResponse<String> again = sendCode(mobile);
        assertEquals(400, again.statusCode());
        assertEquals("sms.tooSoon", parse(again.body()).getString("code"));
        register("PERSONAL", newUsername(), "Quiet-Forest-2026", mobile, smsCodeSentTo(mobile), newUsername() + "@x.example", null, true);
        assertEquals("registration.mobileTaken", parse(sendCode(mobile).body()).getString("code"));
        assertEquals("registration.mobileInvalid", parse(sendCode("12345").body()).getString("code"));
    }

    @Test
    void oneClientAddressGetsOnlySoManyCodesAnHour() throws Exception {
        long sentThisHour = TestUsers.count("select count(*) from verification_code where ip = '127.0.0.1' "
                + "and created_at > date_sub(utc_timestamp(), interval 1 hour)");
        TestUsers.setPolicy("sms.ip-hourly-limit", String.valueOf(sentThisHour + 1));
        try {
            assertEquals(204, sendCode(newMobile()).statusCode());
            HttpResponse<String> refused = sendCode(newMobile());
            assertEquals(400, refused.statusCode());
            assertEquals("sms.ipLimit", parse(refused.body()).getString("code"));
        } finally {
            TestUsers.setPolicy("sms.ip-hourly-limit", null);
        }
    }

    @Test
    void badInputIsRefusedWithALocalizedMessageAndNothingIsCreated() throws Exception {
        String mobile = newMobile();
        sendCode(mobile);
        String code = smsCodeSentTo(mobile);
        String user = newUsername();
        HttpResponse<String> invite = register("ENTERPRISE", user, "Quiet-Forest-2026", mobile, code, user + "@x.example", "NOPE42", true, "Accept-Language", "en");
        assertEquals("registration.inviteUnknown", parse(invite.body()).getString("code"));
        assertEquals("Invite code NOPE42 does not exist or is no longer valid.", parse(invite.body()).getString("message"));
        assertEquals("registration.termsRequired", parse(register("ENTERPRISE", user, "Quiet-Forest-2026", mobile, code,
                user + "@x.example", null, false).body()).getString("code"));
        assertEquals("customer.provinceInvalid", parse(registerIn("\"provinceCode\":\"990000\"", "ENTERPRISE", user, "Quiet-Forest-2026",
                mobile, code, user + "@x.example", null, true).body()).getString("code"));
        assertEquals("customer.cityInvalid", parse(registerIn("\"provinceCode\":\"440000\",\"cityCode\":\"110100\"", "ENTERPRISE", user,
                "Quiet-Forest-2026", mobile, code, user + "@x.example", null, true).body()).getString("code"));
        assertEquals("validation.required", parse(registerIn("\"cityCode\":\"440300\"", "ENTERPRISE", user, "Quiet-Forest-2026",
                mobile, code, user + "@x.example", null, true).body()).getString("code"));
        assertEquals("password.common", parse(register("ENTERPRISE", user, "Password2026!", mobile, code,
                user + "@x.example", null, true).body()).getString("code"));
        assertEquals("registration.emailInvalid", parse(register("ENTERPRISE", user, "Quiet-Forest-2026", mobile, code,
                "not-an-address", null, true).body()).getString("code"));
        assertEquals("registration.usernameInvalid", parse(register("ENTERPRISE", "1bad", "Quiet-Forest-2026", mobile, code,
                user + "@x.example", null, true).body()).getString("code"));
        assertEquals("registration.usernameTaken", parse(register("ENTERPRISE", "customer", "Quiet-Forest-2026", mobile, code,
                user + "@x.example", null, true).body()).getString("code"));
        assertEquals("registration.typeRequired", parse(register("COMPANY", user, "Quiet-Forest-2026", mobile, code,
                user + "@x.example", null, true).body()).getString("code"));
        assertEquals(0, TestUsers.count("select count(*) from user_account where username = '" + user + "'"));
        assertEquals(201, register("ENTERPRISE", user, "Quiet-Forest-2026", mobile, code, user + "@x.example", null, true).statusCode(),
                "the code was not spent by the refused attempts");
        assertNotNull(user);
    }
}
