package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contracts (O9, SPEC §11) on MariaDB: while a contract is in force its credit line adds to the customer's limit (a
 * ledger entry), its unit price replaces the list price in quotes and its rate is a CONTRACT discount; terminated, the
 * limit falls and the credit used stays owed; one that starts later is granted on its day and ends after its end day
 * by the hourly sweep; bad terms are refused and write nothing; a draft and another customer's contract are not found.
 */
@ServerTest
@RunAsClient
class ContractIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Http http = new Http();
    final OrderIT orders = new OrderIT();

    static String sales() throws Exception {
        return bearer(TestCustomers.token("sales", "Sales@2026"));
    }

    HttpResponse<String> create(String customerId, String no, String line, String rate, LocalDate from, LocalDate to, String items) throws Exception {
        return http.json("POST", "/api/v1/ops/contracts", "{\"customerId\":\"" + customerId + "\",\"contractNo\":\"" + no + "\",\"creditLine\":\"" + line
                + "\"" + (rate == null ? "" : ",\"discountRate\":\"" + rate + "\"") + ",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\""
                + (items == null ? "" : ",\"items\":" + items) + "}", "Authorization", sales());
    }

    JsonObject quote(OrderIT.Customer c, String spec) throws Exception {
        return OrderIT.ok(http.json("POST", "/api/v1/quotes", "{\"specCode\":\"" + spec + "\",\"billingMode\":\"PREPAID_MONTHLY\",\"nodes\":1,"
                + "\"periods\":1}", "Authorization", c.token()));
    }

    JsonObject credit(OrderIT.Customer c) throws Exception {
        return OrderIT.ok(http.get("/api/v1/account", "Authorization", c.token())).getJsonObject("credit");
    }

    @Test
    void aContractsLineAndPricesHoldWhileInForceAndUsedCreditStaysOwedAfterItEnds() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "2.500000");
        OrderIT.Customer c = orders.customer("0.00", "0.00");
        LocalDate today = LocalDate.now(ZONE);
        String no = "HT-" + System.nanoTime();
        String items = "[{\"specCode\":\"" + catalog.spec() + "\",\"unitPrice\":\"1200.00\"}]";

        assertEquals("contract.endsBeforeStart", code(create(c.id(), no, "10000.00", null, today, today.minusDays(1), null)));
        assertEquals("contract.creditLineNegative", code(create(c.id(), no, "-1.00", null, today, today.plusDays(30), null)));
        assertEquals("contract.rateInvalid", code(create(c.id(), no, "0.00", "1.2", today, today.plusDays(30), null)));
        assertEquals(404, create(c.id(), no, "0.00", null, today, today.plusDays(30), "[{\"specCode\":\"no-such-spec\",\"unitPrice\":\"1.00\"}]").statusCode());
        assertEquals(404, create("999999999999", no, "0.00", null, today, today.plusDays(30), null).statusCode());
        assertEquals(0, TestUsers.count("select count(*) from contract where contract_no = '" + no + "'"), "nothing written");
        assertEquals(403, http.json("POST", "/api/v1/ops/contracts", "{}", "Authorization", LedgerIT.finance()).statusCode(), "finance reads contracts only");

        JsonObject draft = OrderIT.ok(create(c.id(), no, "10000.00", "0.9", today.minusDays(1), today.plusDays(30), items));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("[\"activate\",\"terminate\",\"attach\"]", draft.getJsonArray("actions").toString());
        assertEquals("contract.numberTaken", code(create(c.id(), no, "1.00", null, today, today.plusDays(3), null)), "a duplicate number");
        assertEquals("0", http.get("/api/v1/contracts", "Authorization", c.token()).headers().firstValue("X-Total-Count").orElse(""), "a draft is not shown");
        assertEquals("1500.00", quote(c, catalog.spec()).getString("listAmount"), "a draft changes no price");
        String id = draft.getString("id");

        JsonObject active = OrderIT.ok(http.json("POST", "/api/v1/ops/contracts/" + id + "/activate", null, "Authorization", sales()));
        assertEquals("ACTIVE", active.getString("status"));
        assertTrue(active.getBoolean("creditGranted"));
        assertEquals("10000.00", credit(c).getString("limit"), "the contract's line in the limit");
        assertEquals(1, TestUsers.count("select count(*) from journal_entry where reference = 'CONTRACT-" + no + "-GRANT'"), "a ledger entry");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("contract.pdfOnly", code(attach(id, VerificationIT.PNG)), "a contract file is a PDF");
        assertEquals("upload.typeRefused", code(attach(id, VerificationIT.EXE)));
        JsonObject withFile = OrderIT.ok(attach(id, pdf));
        String fileId = withFile.getJsonArray("files").getJsonObject(0).getString("fileId");
        HttpResponse<String> got = http.get("/api/v1/contracts/" + id + "/files/" + fileId, "Authorization", c.token());
        assertEquals(200, got.statusCode(), "the customer reads its contract's file");
        assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(200, http.get("/api/v1/ops/contracts/" + id + "/files/" + fileId, "Authorization", LedgerIT.finance()).statusCode());
        JsonObject q = quote(c, catalog.spec());
        assertEquals("1200.00", q.getString("unitPrice"), "the contract unit price: " + q);
        assertEquals("1200.00", q.getString("listAmount"));
        assertTrue(q.getJsonArray("adjustments").stream().map(a -> a.asJsonObject()).anyMatch(a -> a.getString("description").contains(no)
                && a.getString("amount").equals("120.00")), "the contract's 10 % as a CONTRACT discount: " + q);
        assertEquals("1500.00", quote(orders.customer("0.00", "0.00"), catalog.spec()).getString("listAmount"), "another customer pays the list price");

        JsonObject order = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, "CREDIT"));
        OrderIT.ok(orders.pay(c, order.getString("orderNo")));
        String used = credit(c).getString("used");
        assertTrue(new java.math.BigDecimal(used).signum() > 0, "paid on the contract's credit: " + used);

        assertEquals("validation.required", code(http.json("POST", "/api/v1/ops/contracts/" + id + "/terminate", "{}", "Authorization", sales())));
        JsonObject ended = OrderIT.ok(http.json("POST", "/api/v1/ops/contracts/" + id + "/terminate", "{\"reason\":\"客户提前解约\"}", "Authorization", sales()));
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("0.00", credit(c).getString("limit"), "the limit falls");
        assertEquals(used, credit(c).getString("used"), "credit used stays owed");
        assertEquals("1500.00", quote(c, catalog.spec()).getString("listAmount"), "the list price again");
        assertEquals("contract.illegalTransition", code(http.json("POST", "/api/v1/ops/contracts/" + id + "/activate", null, "Authorization", sales())));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'CONTRACT_TERMINATE' and outcome = 'OK' and target = '" + id + "'"));

        assertEquals("1", http.get("/api/v1/contracts", "Authorization", c.token()).headers().firstValue("X-Total-Count").orElse(""));
        assertEquals("TERMINATED", OrderIT.ok(http.get("/api/v1/contracts/" + id, "Authorization", c.token())).getString("status"));
        OrderIT.Customer other = orders.customer("0.00", "0.00");
        assertEquals(404, http.get("/api/v1/contracts/" + id, "Authorization", other.token()).statusCode());
        assertEquals(404, http.get("/api/v1/contracts/" + id + "/files/" + fileId, "Authorization", other.token()).statusCode(), "nor its file");
    }

    @Test
    void aContractIsGrantedOnItsStartDayAndEndsAfterItsEndDay() throws Exception {
        OrderIT.Customer c = orders.customer("0.00", "0.00");
        LocalDate today = LocalDate.now(ZONE);
        String past = OrderIT.ok(create(c.id(), "HT-P" + System.nanoTime(), "100.00", null, today.minusDays(10), today.minusDays(1), null)).getString("id");
        assertEquals("contract.alreadyOver", code(http.json("POST", "/api/v1/ops/contracts/" + past + "/activate", null, "Authorization", sales())));
        String no = "HT-L" + System.nanoTime();
        String id = OrderIT.ok(create(c.id(), no, "5000.00", null, today.plusDays(1), today.plusDays(2), null)).getString("id");
        String reminders = "select count(*) from notification n join user_account u on u.id = n.user_id where u.customer_id = " + c.id()
                + " and n.title like '%" + no + "%'";
        JsonObject active = OrderIT.ok(http.json("POST", "/api/v1/ops/contracts/" + id + "/activate", null, "Authorization", sales()));
        assertFalse(active.getBoolean("creditGranted"), "not before its first day");
        assertEquals("0.00", credit(c).getString("limit"));
        try {
            clock(today.plusDays(1).atTime(1, 0).atZone(ZONE).toInstant());
            sweep();
            assertEquals("5000.00", credit(c).getString("limit"), "granted on its first day");
            assertEquals(1, TestUsers.count(reminders), "reminded 7 days (or less) before the end");
            assertEquals(1, TestUsers.count("select count(*) from notification where username = 'sales' and title like '%" + no + "%'"),
                    "and the staff user who entered it");
            sweep();
            assertEquals("5000.00", credit(c).getString("limit"), "once");
            assertEquals(1, TestUsers.count(reminders), "each reminder once");
            clock(today.plusDays(3).atTime(0, 30).atZone(ZONE).toInstant());
            sweep();
            assertEquals("ENDED", OrderIT.ok(http.get("/api/v1/ops/contracts/" + id, "Authorization", sales())).getString("status"));
            assertEquals("0.00", credit(c).getString("limit"), "the line leaves with the contract");
        } finally {
            OrderIT.ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", LedgerIT.admin()));
        }
    }

    HttpResponse<String> attach(String id, byte[] content) throws Exception {
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(Deployments.BASE + "/api/v1/ops/contracts/" + id + "/files")).header("Authorization", sales())
                        .header("Content-Type", "application/octet-stream").header("X-File-Name", "contract.pdf")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void clock(java.time.Instant at) throws Exception {
        OrderIT.ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + at + "\"}", "Authorization", LedgerIT.admin()));
    }

    void sweep() throws Exception {
        OrderIT.ok(http.json("POST", "/api/v1/dev/usage/contract-sweep", null, "Authorization", LedgerIT.admin()));
    }

    static String code(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }
}
