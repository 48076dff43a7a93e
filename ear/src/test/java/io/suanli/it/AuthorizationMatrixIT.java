package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security review as a test, driven by the OpenAPI document: every operation × anonymous and each role against
 * one table of who may call it ({@code authorization-matrix.txt}), so a new endpoint cannot ship without its row; and
 * a fuzz pass over every POST and PUT body that asserts no 5xx and no stack trace. With {@code -Dauthz.record=true}
 * the observed table is written to {@code target/authorization-matrix.txt} for review instead of compared.
 */
@ServerTest
@RunAsClient
class AuthorizationMatrixIT {

    /** The columns of the table: anonymous, then the roles. */
    static final List<String> PRINCIPALS = List.of("ANONYMOUS", "CUSTOMER", "OPS_ADMIN", "DIST_OPS_ADMIN", "FINANCE", "SALES", "SYS_ADMIN");

    /**
     * Operations that act without reading a body (a sweep, a scan): called by the roles refused only, so that the
     * test itself changes nothing other tests rely on. Their allowed roles are still in the table and checked by the
     * tests of the feature.
     */
    static final Set<String> ACTIONS = Set.of("POST /api/v1/dev/usage/sweep", "POST /api/v1/dev/usage/expire-orders",
            "POST /api/v1/system/sdr/inbox/scan", "POST /api/v1/ops/orders/acceptances", "PUT /api/v1/dev/clock",
            "POST /api/v1/dev/usage/ticket-sweep", "POST /api/v1/dev/usage/contract-sweep");

    static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    static final Map<String, String> TOKENS = new LinkedHashMap<>();

    final Http http = new Http();

    @BeforeAll
    static void logIn() throws Exception {
        TOKENS.put("CUSTOMER", bearer(TestCustomers.token("customer", "Customer@2026")));
        TOKENS.put("OPS_ADMIN", bearer(TestCustomers.token("ops", "Ops@2026")));
        TOKENS.put("DIST_OPS_ADMIN", bearer(TestCustomers.token(TestUsers.create("DIST_OPS_ADMIN", true), TestUsers.PASSWORD)));
        TOKENS.put("FINANCE", bearer(TestCustomers.token("finance", "Finance@2026")));
        TOKENS.put("SALES", bearer(TestCustomers.token("sales", "Sales@2026")));
        TOKENS.put("SYS_ADMIN", bearer(TestCustomers.token("admin", "Admin@2026")));
    }

    /** Every operation of the OpenAPI document, as {@code METHOD /path}, sorted. */
    TreeSet<String> operations() throws Exception {
        HttpResponse<String> r = http.get("/api/openapi?format=JSON", "Accept", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject paths = parse(r.body()).getJsonObject("paths");
        TreeSet<String> ops = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> ops.add(m.toUpperCase() + " " + path)));
        return ops;
    }

    /** The decided table: operation → one of {@code + - 0} per principal. */
    static Map<String, String> table() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                assertEquals(3, parts.length, "a row is METHOD PATH MARKS: " + l);
                assertEquals(PRINCIPALS.size(), parts[2].length(), "one mark per principal: " + l);
                rows.put(parts[0] + " " + parts[1], parts[2]);
            }
        }
        return rows;
    }

    /** A concrete path for a templated one: ids that exist nowhere, codes nobody has. */
    static String concrete(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "period" -> "2026-01";
                case "orderNo", "rechargeNo" -> "O209901010001";
                case "role" -> "NO_SUCH_ROLE";
                case "kind" -> "brands";
                case "action" -> path.contains("/strategies/") ? "deactivate" : path.contains("/staff/") ? "disable" : "preview";
                default -> name.toLowerCase().endsWith("id") ? "900000000001" : "no-such-" + name.toLowerCase();
            };
            m.appendReplacement(b, value);
        }
        m.appendTail(b);
        return b.toString();
    }

    HttpResponse<String> call(String operation, String principal, String body) throws Exception {
        String[] mp = operation.split(" ", 2);
        String path = concrete(mp[1]);
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json, application/pdf, */*"));
        if (!"ANONYMOUS".equals(principal)) {
            headers.add("Authorization");
            headers.add(TOKENS.get(principal));
        }
        String[] h = headers.toArray(String[]::new);
        boolean contractFile = "POST".equals(mp[0]) && mp[1].endsWith("/files");
        if (mp[1].endsWith("/licence") || contractFile) { // an upload: the image or PDF types it consumes
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.BASE + path))
                    .headers(h).header("Content-Type", contractFile ? "application/pdf" : "image/png").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return "GET".equals(mp[0]) ? http.get(path, h) : http.json(mp[0], path, body, h);
    }

    /** {@code -} refused (401, 403), {@code 0} hidden (404 for everyone not entitled, by design), {@code +} passed. */
    static char mark(int status) {
        return status == 401 || status == 403 ? '-' : '+';
    }

    @Test
    void everyEndpointAnswersEachPrincipalAsTheTableSays() throws Exception {
        TreeSet<String> ops = operations();
        Map<String, String> table = table();
        Set<String> missing = new TreeSet<>(ops);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(ops);
        boolean record = Boolean.getBoolean("authz.record");
        if (!record) {
            assertTrue(missing.isEmpty(), "endpoints without a row in authorization-matrix.txt (decide who may call them): " + missing);
            assertTrue(stale.isEmpty(), "rows of endpoints that no longer exist: " + stale);
        }
        List<String> wrong = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder observed = new StringBuilder("# METHOD PATH  marks for " + String.join(" ", PRINCIPALS) + "\n");
        int calls = 0;
        for (String op : ops) {
            String expected = table.getOrDefault(op, "");
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                char want = expected.length() > i ? expected.charAt(i) : '?';
                if (ACTIONS.contains(op) && want == '+') {
                    marks.append('+');
                    continue;
                }
                HttpResponse<String> r = call(op, PRINCIPALS.get(i), "{}");
                calls++;
                if (r.statusCode() >= 500 || r.body().contains("\tat ") || r.body().contains("Exception")) {
                    failures.add(op + " as " + PRINCIPALS.get(i) + " → " + r.statusCode() + " " + abbreviate(r.body()));
                }
                char got = want == '0' && r.statusCode() == 404 ? '0' : mark(r.statusCode());
                marks.append(got);
                if (got != want) {
                    wrong.add(op + " as " + PRINCIPALS.get(i) + ": table says " + want + ", got " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
            observed.append(op).append(' ').append(marks).append('\n');
        }
        System.out.printf("authorization matrix: %d operations × %d principals, %d calls, %d differences, %d server errors%n",
                ops.size(), PRINCIPALS.size(), calls, wrong.size(), failures.size());
        if (record) {
            Files.writeString(Path.of("target", "authorization-matrix.txt"), observed.toString());
            return;
        }
        assertTrue(failures.isEmpty(), "server errors: " + String.join("\n", failures));
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from the table:\n" + String.join("\n", wrong));
    }

    /** Bodies no client should send: wrong JSON, wrong types for the usual fields, huge or deep values. */
    static List<String> fuzzBodies() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{\"a\":1}}", deep, "{\"x\":" + deep + "}",
                "{\"amount\":{\"v\":1},\"nodes\":\"1\",\"periods\":null,\"specCode\":[],\"username\":12,\"password\":false,"
                        + "\"customerId\":\"abc\",\"period\":\"9999-99\",\"code\":{},\"reason\":[1],\"functions\":\"all\","
                        + "\"permissions\":{\"a\":1},\"limit\":\"many\",\"now\":\"yesterday\",\"channel\":7}",
                "{\"amount\":\"1e999999\",\"nodes\":99999999999999999999,\"periods\":-1,\"specCode\":\"" + "x".repeat(100_000) + "\"}",
                "{\"username\":\"\\u0000\\u202e\",\"password\":\"\\ud800\",\"name\":\"<script>alert(1)</script>\"}");
    }

    @Test
    void noPostOrPutBodyGetsA5xxOrAStackTrace() throws Exception {
        Map<String, String> table = table();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String op : operations()) {
            if (op.startsWith("GET ") || op.startsWith("DELETE ") || ACTIONS.contains(op)) {
                continue;
            }
            String marks = table.getOrDefault(op, "");
            int who = marks.indexOf('+');
            String principal = PRINCIPALS.get(who < 0 ? 0 : who);
            for (String body : fuzzBodies()) {
                HttpResponse<String> r = call(op, principal, body);
                calls++;
                if (r.statusCode() >= 500 || r.body().contains("\tat ") || r.body().contains("Exception")) {
                    failures.add(op + " as " + principal + " with " + abbreviate(body) + " → " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        System.out.printf("fuzz: %d bodies × the POST and PUT endpoints, %d calls, %d server errors%n", fuzzBodies().size(), calls,
                failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " server errors:\n" + String.join("\n", failures));
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
