package io.suanli.it;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** New customers registered through the API (SMS code read from the dev outbox), each with its own API token. */
public final class TestCustomers {

    public static final String PASSWORD = "Bright-Harbor-2026";

    private TestCustomers() {
    }

    public record Registered(String username, String mobile, String token) {
        public String bearer() {
            return Http.bearer(token);
        }
    }

    public static Registered register(String type) throws Exception {
        Http http = new Http();
        String mobile = RegistrationIT.newMobile();
        String user = RegistrationIT.newUsername();
        assertEquals(204, http.json("POST", "/api/v1/registrations/sms-codes", "{\"mobile\":\"" + mobile + "\"}").statusCode());
        String body = "{\"type\":\"" + type + "\",\"name\":\"" + (type.equals("ENTERPRISE") ? "星河智算科技有限公司" : "张三")
                + "\",\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\",\"mobile\":\"" + mobile
                + "\",\"smsCode\":\"" + RegistrationIT.smsCodeSentTo(mobile) + "\",\"email\":\"" + user
                + "@corp.example\",\"termsAccepted\":true}";
        HttpResponse<String> r = http.json("POST", "/api/v1/registrations", body);
        assertEquals(201, r.statusCode(), r.body());
        return new Registered(user, mobile, token(user, PASSWORD));
    }

    /** A verified enterprise onboarded by sales (password {@link TestUsers#PASSWORD}): its id and the username it logs in with. */
    public record Onboarded(String id, String username) {
    }

    /** Onboards a verified enterprise through sales and credits it {@code cash} by bank transfer (nothing for "0.00"). */
    public static Onboarded onboard(String name, String cash) throws Exception {
        Http http = new Http();
        String user = RegistrationIT.newUsername();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/customers", "{\"type\":\"ENTERPRISE\",\"name\":\"" + name + "\",\"mobile\":\""
                + RegistrationIT.newMobile() + "\",\"email\":\"" + user + "@onboarded.example\",\"password\":\"" + TestUsers.PASSWORD + "\"}",
                "Authorization", Http.bearer(token("sales", "Sales@2026")));
        assertEquals(201, r.statusCode(), r.body());
        String id = parse(r.body()).getString("customerId");
        if (!"0.00".equals(cash)) {
            HttpResponse<String> c = http.json("POST", "/api/v1/ops/accounts/" + id + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"" + cash
                    + "\",\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance());
            assertEquals(201, c.statusCode(), c.body());
        }
        return new Onboarded(id, user);
    }

    public static String token(String user, String password) throws Exception {
        boolean shared = SHARED.contains(user);
        String key = user + "\u0000" + password;
        Issued cached = shared ? TOKENS.get(key) : null;
        if (cached != null && System.nanoTime() - cached.at() < REUSE_NANOS
                && new Http().get("/api/v1/me", "Authorization", Http.bearer(cached.token())).statusCode() == 200) {
            return cached.token();
        }
        HttpResponse<String> r = new Http().json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        String token = parse(r.body()).getString("token");
        if (shared) {
            TOKENS.put(key, new Issued(token, System.nanoTime()));
        }
        return token;
    }

    /**
     * The demo accounts every class logs in with: their tokens are issued once and reused while the server still takes
     * them (checked on {@code /api/v1/me}) and for at most 20 of their 60 minutes. A login costs a PBKDF2 check of 600,000
     * iterations (about 0.2 s of server time), and the suite asked for close to a thousand of them.
     */
    private static final java.util.Set<String> SHARED = java.util.Set.of("admin", "ops", "finance", "sales", "distops", "customer");
    private static final long REUSE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(20);
    private static final java.util.Map<String, Issued> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Issued(String token, long at) {
    }
}
