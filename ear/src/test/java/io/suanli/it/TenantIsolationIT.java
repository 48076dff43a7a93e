package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenant isolation, driven by the OpenAPI document: customer A calls every id-taking operation a customer may call
 * with the ids of customer B (a resource, an unpaid order, an open recharge, a business licence), through the API
 * and through the user console's detail pages. Each must answer as if the id did not exist, show nothing of B, and
 * change nothing of B's; an id-taking operation without a probe value fails the test.
 */
@ServerTest
@RunAsClient
class TenantIsolationIT {

    /**
     * Path parameters that name no tenant's data: a period selects among the caller's own bills, a product code is
     * public, a payment channel names the gateway, an SMS report key the provider's callback.
     */
    static final Set<String> OWN_SCOPE = Set.of("period", "code", "channel", "key");

    /** A body each operation would accept from B itself, so that only the tenant check can stop A. */
    static final Map<String, String> BODIES = Map.of("/renew", "{\"periods\":1}", "/renew/preview", "{\"periods\":1}",
            "/change", "{\"nodes\":1}", "/change/preview", "{\"nodes\":1}", "/permissions", "{\"permissions\":[\"ORDER\",\"PAY\"]}");

    static OrderIT.Customer a;
    static OrderIT.Customer b;
    static Map<String, String> ids;
    static String bAccount;
    static String bPaidOrder;

    final Http http = new Http();

    @BeforeAll
    static void twoCustomers() throws Exception {
        OrderIT orders = new OrderIT();
        Http http = new Http();
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "15000.00", "2.500000");
        a = orders.customer("5000.00", "0.00");
        b = orders.customer("5000.00", "0.00");
        JsonObject paid = OrderIT.ok(orders.order(b, catalog.spec(), 2, "PREPAID_MONTHLY", 1, null));
        OrderIT.ok(orders.pay(b, paid.getString("orderNo")));
        String resource = orders.accept(paid.getString("orderNo"), null).getString("resourceId");
        String unpaid = OrderIT.ok(orders.order(b, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        String recharge = OrderIT.ok(http.json("POST", "/api/v1/recharges", "{\"amount\":\"66.60\",\"channel\":\"WECHAT\"}",
                "Authorization", b.token())).getString("rechargeNo");
        String file = parse(VerificationIT.upload(b.token(), VerificationIT.PNG, "image/png").body()).getString("fileId");
        String subUser = OrderIT.ok(http.json("POST", "/api/v1/sub-users", "{\"username\":\"" + RegistrationIT.newUsername()
                + "\",\"displayName\":\"王五\",\"password\":\"" + TestUsers.PASSWORD + "\",\"permissions\":[\"VIEW_RESOURCES\"]}",
                "Authorization", b.token())).getString("id");
        String ticket = OrderIT.ok(http.json("POST", "/api/v1/tickets", "{\"type\":\"TECHNICAL\",\"severity\":3,\"subject\":\"B 的工单\","
                + "\"body\":\"只有 B 能看\"}", "Authorization", b.token())).getString("ticketNo");
        // an invoice needs a verified credit code, which a customer onboarded by sales (B) has not: a third customer's serves
        InvoiceIT invoices = new InvoiceIT();
        InvoiceIT.Verified c = invoices.verified("ENTERPRISE");
        invoices.cash(c.id(), "100.00");
        invoices.charge(c.id(), "100.00", "CASH", "TENANT-" + c.id());
        String invoice = OrderIT.ok(invoices.request(c, InvoiceIT.normal("100.00"))).getString("invoiceNo");
        String contract = OrderIT.ok(http.json("POST", "/api/v1/ops/contracts", "{\"customerId\":\"" + b.id() + "\",\"contractNo\":\"TI-"
                + System.nanoTime() + "\",\"creditLine\":\"0.00\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2099-12-31\"}", "Authorization",
                Http.bearer(TestCustomers.token("sales", "Sales@2026")))).getString("id");
        OrderIT.ok(http.json("POST", "/api/v1/ops/contracts/" + contract + "/activate", null, "Authorization", Http.bearer(TestCustomers.token("sales", "Sales@2026"))));
        ids = Map.of("resource", resource, "order", unpaid, "recharge", recharge, "file", file, "subUser", subUser, "ticket", ticket, "invoice", invoice,
                "contract", contract);
        bPaidOrder = paid.getString("orderNo");
        bAccount = http.get("/api/v1/account", "Authorization", b.token()).body();
    }

    /** B's id for a path parameter, or null when the test has none (which fails the test). */
    static String probe(String path, String param) {
        return switch (param) {
            case "orderNo" -> path.startsWith("/api/v1/dev/payments/") ? ids.get("recharge") : ids.get("order");
            case "rechargeNo" -> ids.get("recharge");
            case "ticketNo" -> ids.get("ticket");
            case "invoiceNo" -> ids.get("invoice");
            case "fileId" -> ids.get("file");
            case "id" -> path.startsWith("/api/v1/resources/") ? ids.get("resource") : path.startsWith("/api/v1/files/") ? ids.get("file")
                    : path.startsWith("/api/v1/sub-users/") ? ids.get("subUser") : path.startsWith("/api/v1/contracts/") ? ids.get("contract") : null;
            default -> null;
        };
    }

    @Test
    void customerAReachesNothingOfCustomerBThroughAnyIdTakingOperation() throws Exception {
        Map<String, String> table = AuthorizationMatrixIT.table();
        int customer = AuthorizationMatrixIT.PRINCIPALS.indexOf("CUSTOMER");
        List<String> leaks = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        int probes = 0;
        for (String op : new AuthorizationMatrixIT().operations()) {
            String[] mp = op.split(" ", 2);
            char mark = table.getOrDefault(op, "-------").charAt(customer);
            if (mark == '-' || !mp[1].contains("{")) {
                continue;
            }
            Matcher m = AuthorizationMatrixIT.PARAM.matcher(mp[1]);
            StringBuilder path = new StringBuilder();
            boolean foreign = false;
            while (m.find()) {
                String value = OWN_SCOPE.contains(m.group(1)) ? "2026-01" : probe(mp[1], m.group(1));
                if (value == null) {
                    unprobed.add(op + " {" + m.group(1) + "}");
                    value = "x";
                }
                foreign |= !OWN_SCOPE.contains(m.group(1));
                m.appendReplacement(path, value);
            }
            m.appendTail(path);
            if (!foreign) {
                continue;
            }
            String body = BODIES.entrySet().stream().filter(e -> mp[1].endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("{}");
            HttpResponse<String> r = "GET".equals(mp[0]) ? http.get(path.toString(), "Authorization", a.token())
                    : http.json(mp[0], path.toString(), body, "Authorization", a.token());
            probes++;
            boolean hidden = r.statusCode() == 404 || r.statusCode() == 403;
            String asked = path.toString();
            boolean shows = secretsOfB().stream().filter(x -> !asked.contains(x)).anyMatch(r.body()::contains);
            if (!hidden || shows) {
                leaks.add(op + " → " + r.statusCode() + " " + AuthorizationMatrixIT.abbreviate(r.body()));
            }
        }
        System.out.printf("tenant isolation: %d probes of the API with another customer's ids, %d leaks%n", probes, leaks.size());
        assertTrue(unprobed.isEmpty(), "id-taking operations without a probe value (add one to probe()): " + unprobed);
        assertTrue(probes >= 12, "probes: " + probes);
        assertTrue(leaks.isEmpty(), "answers that reach B's data:\n" + String.join("\n", leaks));
        assertNothingOfBChanged();
    }

    @Test
    void theUserConsoleDetailPagesShowNothingOfAnotherCustomer() throws Exception {
        String user = parse(http.get("/api/v1/me", "Authorization", a.token()).body()).getString("username");
        Http browser = new Http();
        assertEquals(302, browser.loginForm(user, TestUsers.PASSWORD).statusCode());
        for (String page : List.of("/console/user/resource.xhtml?id=" + ids.get("resource"), "/console/user/order.xhtml?no=" + ids.get("order"))) {
            HttpResponse<String> r = browser.get(page);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 200, page + " → " + r.statusCode());
            List<String> shown = new ArrayList<>(List.of("id=\"resourceStatus\"", "id=\"pay\"", "id=\"cancel\""));
            secretsOfB().stream().filter(x -> !page.contains(x)).forEach(shown::add);
            for (String x : shown) {
                assertFalse(r.body().contains(x), page + " shows " + x);
            }
        }
        assertNothingOfBChanged();
    }

    /** What identifies B's data; an answer may repeat the id it was asked for ("no such order X"), nothing else. */
    static List<String> secretsOfB() {
        List<String> all = new ArrayList<>(ids.values());
        all.addAll(List.of(b.id(), bPaidOrder, "pool-" + bPaidOrder));
        return all;
    }

    void assertNothingOfBChanged() throws Exception {
        assertEquals("PENDING_PAYMENT", parse(http.get("/api/v1/orders/" + ids.get("order"), "Authorization", b.token()).body()).getString("status"));
        assertEquals("ACTIVE", parse(http.get("/api/v1/resources/" + ids.get("resource"), "Authorization", b.token()).body()).getString("status"));
        assertEquals("PENDING", parse(http.get("/api/v1/recharges/" + ids.get("recharge"), "Authorization", b.token()).body()).getString("status"));
        assertEquals(bAccount, http.get("/api/v1/account", "Authorization", b.token()).body(), "B's balances");
        assertEquals(200, http.get("/api/v1/files/" + ids.get("file"), "Authorization", b.token()).statusCode());
        String subUsers = http.get("/api/v1/sub-users", "Authorization", b.token()).body();
        JsonObject sub = parse("{\"a\":" + subUsers + "}").getJsonArray("a").stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("id").equals(ids.get("subUser"))).findFirst().orElseThrow();
        assertEquals("ACTIVE", sub.getString("status"), subUsers);
        assertEquals("[\"VIEW_RESOURCES\"]", sub.getJsonArray("permissions").toString(), subUsers);
    }
}
