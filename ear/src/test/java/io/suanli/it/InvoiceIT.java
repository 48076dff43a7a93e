package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invoices (SPEC §11, U10, O6) end to end on MariaDB: what is invoiceable follows the ledger (consumption from cash and
 * credit, never recharges); a request is made out to the verified name and credit code and refused above the
 * invoiceable amount, in 欠票, for a special invoice of a person, or with a title or tax id of its own — nothing written;
 * finance approves (paper with its shipment) or rejects, the customer cancels; a refund after invoicing leaves a debt
 * that a red-letter invoice clears; requests sent at once never over-invoice; another customer's request is not found.
 */
@ServerTest
@RunAsClient
class InvoiceIT {

    static final String COMPANY = "星河智算科技有限公司";

    final Http http = new Http();

    record Verified(String id, String username, String token) {
    }

    /** A registered customer whose real-name verification operations approved (an enterprise with {@link VerificationIT#CREDIT_CODE}). */
    Verified verified(String type) throws Exception {
        TestCustomers.Registered c = TestCustomers.register(type);
        HttpResponse<String> submitted;
        if (type.equals("ENTERPRISE")) {
            String fileId = parse(VerificationIT.upload(c.bearer(), VerificationIT.PNG, "image/png").body()).getString("fileId");
            submitted = http.json("POST", "/api/v1/verification", "{\"company\":\"" + COMPANY + "\",\"creditCode\":\"" + VerificationIT.CREDIT_CODE
                    + "\",\"legalRepName\":\"李四\",\"legalRepId\":\"" + VerificationIT.ID + "\",\"licenceFileId\":\"" + fileId + "\"}", "Authorization", c.bearer());
        } else {
            submitted = http.json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"" + VerificationIT.ID + "\"}", "Authorization", c.bearer());
        }
        String vid = ok(submitted).getString("id");
        ok(http.json("POST", "/api/v1/ops/verifications/" + vid + "/approve", null, "Authorization", VerificationIT.ops()));
        String id = ok(http.get("/api/v1/me", "Authorization", c.bearer())).getString("customerId");
        return new Verified(id, c.username(), c.bearer());
    }

    void cash(String customerId, String amount) throws Exception {
        ok(http.json("POST", "/api/v1/ops/accounts/" + customerId + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"" + amount
                + "\",\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance()));
    }

    void charge(String customerId, String amount, String payFrom, String reference) throws Exception {
        ok(http.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + customerId + "\",\"amount\":\"" + amount + "\",\"payFrom\":\"" + payFrom
                + "\",\"reference\":\"" + reference + "\"}", "Authorization", LedgerIT.admin()));
    }

    JsonObject invoiceable(Verified c) throws Exception {
        return ok(http.get("/api/v1/invoices/invoiceable", "Authorization", c.token()));
    }

    HttpResponse<String> request(Verified c, String body) throws Exception {
        return http.json("POST", "/api/v1/invoices", body, "Authorization", c.token());
    }

    static String normal(String amount) {
        return "{\"type\":\"NORMAL\",\"amount\":\"" + amount + "\",\"email\":\"fin@xinghe.example\"}";
    }

    HttpResponse<String> approve(String invoiceNo, String body) throws Exception {
        return http.json("POST", "/api/v1/ops/invoices/" + invoiceNo + "/approve", body, "Authorization", LedgerIT.finance());
    }

    static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    long rows(String customerId) throws Exception {
        return TestUsers.count("select count(*) from invoice where customer_id = " + customerId);
    }

    @Test
    void anEnterpriseRequestsAPaperSpecialInvoiceAndFinanceIssuesIt() throws Exception {
        Verified c = verified("ENTERPRISE");
        cash(c.id(), "5000.00");
        ok(http.json("POST", "/api/v1/ops/accounts/" + c.id() + "/credit-line", "{\"limit\":\"500.00\"}", "Authorization", LedgerIT.finance()));
        JsonObject f = invoiceable(c);
        assertEquals("0.00", f.getString("invoiceable"), "a recharge is a prepayment, not invoiceable: " + f);
        assertEquals(COMPANY, f.getString("title"));
        assertEquals(VerificationIT.CREDIT_CODE, f.getString("taxNo"));
        assertTrue(f.getBoolean("enterprise"));
        charge(c.id(), "900.00", "CASH", "INV-IT-" + c.id() + "-1");
        charge(c.id(), "300.00", "CREDIT", "INV-IT-" + c.id() + "-2");
        f = invoiceable(c);
        assertEquals("1200.00", f.getString("invoiceable"), "cash and credit consumption: " + f);
        assertEquals("0.00", f.getString("invoiced"));
        assertEquals("0.00", f.getString("pending"));

        String special = "{\"type\":\"SPECIAL\",\"title\":\"" + COMPANY + "\",\"taxNo\":\"" + VerificationIT.CREDIT_CODE + "\",\"amount\":\"1000.00\","
                + "\"email\":\"fin@xinghe.example\",\"bankName\":\"工商银行北京中关村支行\",\"bankAccount\":\"6222021234567890\","
                + "\"address\":\"北京市海淀区中关村大街 1 号\",\"phone\":\"010-12345678\",\"mailTo\":\"北京市海淀区中关村大街 1 号 财务部 王五 13800138000\"}";
        assertEquals("invoice.aboveInvoiceable", code(request(c, special.replace("1000.00", "1200.01"))));
        assertEquals("invoice.titleMismatch", code(request(c, special.replace("\"title\":\"" + COMPANY, "\"title\":\"别的公司"))));
        assertEquals("invoice.taxNoMismatch", code(request(c, special.replace(VerificationIT.CREDIT_CODE, "91110000MA00000000"))));
        assertEquals("validation.required", code(request(c, special.replace("\"bankName\":\"工商银行北京中关村支行\",", ""))));
        assertEquals("invoice.emailInvalid", code(request(c, special.replace("fin@xinghe.example", "fin-at-xinghe"))));
        assertEquals("invoice.typeInvalid", code(request(c, special.replace("SPECIAL", "RED"))));
        assertEquals("money.tooManyDecimals", code(request(c, special.replace("1000.00", "10.001"))));
        HttpResponse<String> en = http.json("POST", "/api/v1/invoices", special.replace("1000.00", "1200.01"), "Authorization", c.token(),
                "Accept-Language", "en");
        assertTrue(parse(en.body()).getString("message").startsWith("The amount ¥1200.01 is above the invoiceable ¥1200.00"), en.body());
        assertEquals(0, rows(c.id()), "nothing written by a refused request");

        HttpResponse<String> r = request(c, special);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject inv = parse(r.body());
        String no = inv.getString("invoiceNo");
        assertTrue(no.startsWith("FP"), no);
        assertEquals("PENDING", inv.getString("status"));
        assertTrue(inv.getBoolean("paper"));
        assertEquals("************7890", inv.getString("bankAccount"), "masked on screen");
        assertEquals("f***@xinghe.example", inv.getString("email"));
        assertEquals("[\"cancel\"]", inv.getJsonArray("actions").toString());
        assertEquals(0, TestUsers.count("select count(*) from invoice where invoice_no = '" + no + "' and (bank_account_enc like '%7890%' "
                + "or email_enc like '%xinghe%' or mail_to_enc like '%王五%')"), "encrypted at rest");
        f = invoiceable(c);
        assertEquals("200.00", f.getString("invoiceable"));
        assertEquals("1000.00", f.getString("pending"));
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = 'finance' "
                + "and n.body like '%" + no + "%'"), "finance's bell rang");

        HttpResponse<String> list = http.get("/api/v1/ops/invoices?status=PENDING&customerId=" + c.id(), "Authorization", LedgerIT.finance());
        assertEquals("1", list.headers().firstValue("X-Total-Count").orElse(""));
        JsonObject row = parse(list.body().substring(1, list.body().length() - 1));
        assertEquals("[\"approve\",\"reject\"]", row.getJsonArray("actions").toString());
        assertEquals(COMPANY, row.getString("customerName"));
        JsonObject full = ok(http.get("/api/v1/ops/invoices/" + no, "Authorization", LedgerIT.finance()));
        assertEquals("6222021234567890", full.getString("bankAccount"), "finance opens the request in full to issue it");
        assertEquals(403, http.get("/api/v1/ops/invoices", "Authorization", bearer(TestCustomers.token("sales", "Sales@2026"))).statusCode());

        String number = "04400190011" + (System.nanoTime() % 100000);
        String issue = "{\"invoiceNumber\":\"" + number + "\",\"issuedOn\":\"" + today() + "\"";
        assertEquals("validation.required", code(approve(no, issue + "}")), "paper needs its courier and tracking number");
        assertEquals("invoice.issuedInFuture", code(approve(no, issue.replace(today(), "2099-01-01") + ",\"courier\":\"顺丰\",\"trackingNo\":\"SF1\"}")));
        JsonObject approved = ok(approve(no, issue + ",\"courier\":\"顺丰速运\",\"trackingNo\":\"SF1234567890\"}"));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("SF1234567890", approved.getString("trackingNo"));
        assertEquals("invoice.illegalTransition", code(approve(no, issue + ",\"courier\":\"顺丰\",\"trackingNo\":\"SF1\"}")));
        assertEquals("invoice.illegalTransition", code(http.json("POST", "/api/v1/invoices/" + no + "/cancel", null, "Authorization", c.token())));
        f = invoiceable(c);
        assertEquals("200.00", f.getString("invoiceable"));
        assertEquals("1000.00", f.getString("invoiced"));
        assertEquals("0.00", f.getString("pending"));
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = '"
                + c.username() + "' and n.title = '发票已开具'"));
        assertEquals(1, TestUsers.count("select count(*) from message_delivery where channel = 'EMAIL' and template_code = 'INVOICE_APPROVED' "
                + "and subject like '%" + number + "%'"), "the issued invoice mailed to the request's address");
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'INVOICE_APPROVE' and actor = 'finance' and outcome = 'OK' and target = '" + no + "'"));
        assertEquals(3, TestUsers.count("select count(*) from audit_event where action = 'INVOICE_APPROVE' and outcome like 'REFUSED:%' and target = '" + no + "'"), "the refused tries audited too");

        HttpResponse<String> xlsx = http.get("/api/v1/ops/invoices/export?customerId=" + c.id(), "Authorization", LedgerIT.finance());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        JsonArray mine = parse("{\"a\":" + http.get("/api/v1/invoices", "Authorization", c.token()).body() + "}").getJsonArray("a");
        assertEquals(1, mine.size());
        assertEquals("APPROVED", mine.getJsonObject(0).getString("status"));
    }

    @Test
    void aRefundAfterInvoicingIsADebtThatARedLetterInvoiceClears() throws Exception {
        Verified c = verified("ENTERPRISE");
        cash(c.id(), "2000.00");
        String ref = "INV-IT-" + c.id() + "-R";
        charge(c.id(), "1000.00", "CASH", ref);
        String no = ok(request(c, normal("1000.00"))).getString("invoiceNo");
        ok(approve(no, "{\"invoiceNumber\":\"05500190022" + (System.nanoTime() % 100000) + "\",\"issuedOn\":\"" + today() + "\"}"));
        ok(http.json("POST", "/api/v1/dev/refunds", "{\"customerId\":\"" + c.id() + "\",\"reference\":\"" + ref + "-back\",\"chargeReference\":\"" + ref
                + "\",\"amount\":\"400.00\"}", "Authorization", LedgerIT.admin()));
        JsonObject f = invoiceable(c);
        assertEquals("-400.00", f.getString("invoiceable"), f.toString());
        assertTrue(f.getBoolean("inDebt"));
        assertEquals("400.00", f.getString("debt"));
        assertEquals("invoice.inDebt", code(request(c, normal("0.01"))), "欠票 refuses every request");

        String red = "{\"redNumber\":\"R0660019" + (System.nanoTime() % 100000) + "\",\"amount\":\"AMOUNT\",\"issuedOn\":\"" + today() + "\",\"reason\":\"退款 400 元冲红\"}";
        HttpResponse<String> above = http.json("POST", "/api/v1/ops/invoices/" + no + "/red-letters", red.replace("AMOUNT", "1000.01"), "Authorization", LedgerIT.finance());
        assertEquals("invoice.redLetterAboveLeft", code(above));
        assertEquals(403, http.json("POST", "/api/v1/ops/invoices/" + no + "/red-letters", red.replace("AMOUNT", "400.00"), "Authorization",
                VerificationIT.ops()).statusCode(), "operations read invoices, finance records them");
        JsonObject reversed = ok(http.json("POST", "/api/v1/ops/invoices/" + no + "/red-letters", red.replace("AMOUNT", "400.00"), "Authorization",
                LedgerIT.finance()));
        assertEquals("400.00", reversed.getString("reversed"));
        assertEquals(1, reversed.getJsonArray("redLetters").size());
        f = invoiceable(c);
        assertEquals("0.00", f.getString("invoiceable"));
        assertEquals("600.00", f.getString("invoiced"));
        assertFalse(f.getBoolean("inDebt"));
        assertEquals("invoice.aboveInvoiceable", code(request(c, normal("0.01"))));
        JsonObject bill = ok(http.get("/api/v1/bills/" + today().substring(0, 7), "Authorization", c.token()));
        assertEquals("600.00", bill.getString("invoiced"), "the month's bill: issued 1,000.00 less the red letter's 400.00");
        charge(c.id(), "50.00", "CASH", ref + "-2");
        assertEquals(201, request(c, normal("50.00")).statusCode(), "later consumption is invoiceable again");
    }

    @Test
    void requestsSentAtOnceNeverInvoiceMoreThanIsInvoiceable() throws Exception {
        Verified c = verified("ENTERPRISE");
        cash(c.id(), "500.00");
        charge(c.id(), "100.00", "CASH", "INV-IT-" + c.id() + "-P");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit((Callable<HttpResponse<String>>) () -> new Http().json("POST", "/api/v1/invoices", normal("60.00"),
                        "Authorization", c.token())));
            }
            int created = 0;
            for (Future<HttpResponse<String>> s : sent) {
                HttpResponse<String> r = s.get();
                if (r.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals("invoice.aboveInvoiceable", code(r));
                }
            }
            assertEquals(1, created, "one of eight requests of 60.00 over 100.00");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows(c.id()));
        assertEquals("40.00", invoiceable(c).getString("invoiceable"));
    }

    @Test
    void aPersonCancelsIsRejectedAndNeverSeesAnothersRequest() throws Exception {
        Verified p = verified("PERSONAL");
        cash(p.id(), "300.00");
        charge(p.id(), "200.00", "CASH", "INV-IT-" + p.id() + "-X");
        assertEquals("张三", invoiceable(p).getString("title"));
        assertFalse(invoiceable(p).containsKey("taxNo"));
        assertEquals("invoice.specialForPerson", code(request(p, "{\"type\":\"SPECIAL\",\"amount\":\"10.00\",\"email\":\"z@x.example\",\"bankName\":\"工商银行\","
                + "\"bankAccount\":\"6222021234567890\",\"address\":\"北京\",\"phone\":\"010-12345678\"}")));
        assertEquals("invoice.taxNoForPerson", code(request(p, "{\"type\":\"NORMAL\",\"taxNo\":\"X123\",\"amount\":\"10.00\",\"email\":\"z@x.example\"}")));
        assertEquals(0, rows(p.id()));

        String first = ok(request(p, normal("150.00"))).getString("invoiceNo");
        assertEquals("50.00", invoiceable(p).getString("invoiceable"));
        JsonObject cancelled = ok(http.json("POST", "/api/v1/invoices/" + first + "/cancel", null, "Authorization", p.token()));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("200.00", invoiceable(p).getString("invoiceable"), "a cancelled request is invoiceable again");

        String second = ok(request(p, normal("200.00"))).getString("invoiceNo");
        assertEquals("validation.required", code(http.json("POST", "/api/v1/ops/invoices/" + second + "/reject", "{}", "Authorization", LedgerIT.finance())));
        JsonObject rejected = ok(http.json("POST", "/api/v1/ops/invoices/" + second + "/reject", "{\"reason\":\"邮箱无法接收\"}", "Authorization", LedgerIT.finance()));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("200.00", invoiceable(p).getString("invoiceable"), "a rejected request is invoiceable again");
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = '"
                + p.username() + "' and n.body like '%邮箱无法接收%'"));

        Verified other = verified("PERSONAL");
        assertEquals(404, http.get("/api/v1/invoices/" + second, "Authorization", other.token()).statusCode(), "another customer's request");
        assertEquals(404, http.json("POST", "/api/v1/invoices/" + second + "/cancel", null, "Authorization", other.token()).statusCode());
        assertEquals("0", http.get("/api/v1/invoices", "Authorization", other.token()).headers().firstValue("X-Total-Count").orElse(""));

        TestCustomers.Registered unverified = TestCustomers.register("ENTERPRISE");
        assertEquals("invoice.notVerified", code(http.json("POST", "/api/v1/invoices", normal("1.00"), "Authorization", unverified.bearer())));
        TestCustomers.Onboarded offline = TestCustomers.onboard("线下认证有限公司", "100.00");
        assertEquals("invoice.taxNoUnknown", code(http.json("POST", "/api/v1/invoices", normal("1.00"), "Authorization",
                bearer(TestCustomers.token(offline.username(), TestUsers.PASSWORD)))));
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    static String code(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }
}
