package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tickets (SPEC §11, U10, O6) end to end on MariaDB: a ticket dealt out in turn to its group's members, internal notes
 * kept from the customer, a question that pauses the clocks until the customer answers, the resolution, a reopen, the
 * close with a rating; only the group, the assignee or a dispatcher work on it; another customer never sees it; the
 * SLA clocks breach (flagged and told once) and a resolved ticket closes itself seven days later.
 */
@ServerTest
@RunAsClient
class TicketIT {

    final Http http = new Http();

    static String ops() throws Exception {
        return bearer(TestCustomers.token("ops", "Ops@2026"));
    }

    HttpResponse<String> open(String token, String type, int severity, String subject) throws Exception {
        return http.json("POST", "/api/v1/tickets", "{\"type\":\"" + type + "\",\"severity\":" + severity + ",\"subject\":\"" + subject
                + "\",\"body\":\"训练任务提交后一直排队,资源池 pool-1 没有空闲节点。\"}", "Authorization", token);
    }

    JsonObject staffReply(String token, String no, String body, boolean internal, boolean wait) throws Exception {
        return ok(http.json("POST", "/api/v1/ops/tickets/" + no + "/replies", "{\"body\":\"" + body + "\",\"internal\":" + internal
                + ",\"waitForCustomer\":" + wait + "}", "Authorization", token));
    }

    long notices(String username, String no) throws Exception {
        return TestUsers.count("select count(*) from notification where username = '" + username + "' and (title like '%" + no + "%' or body like '%"
                + no + "%')");
    }

    @Test
    void aTicketIsDealtOutAnsweredResolvedReopenedAndClosedWithARating() throws Exception {
        String second = TestUsers.create("OPS_ADMIN", true);
        String secondToken = bearer(TestCustomers.token(second, TestUsers.PASSWORD));
        JsonArray groups = parse("{\"a\":" + ok2(http.json("PUT", "/api/v1/system/ticket-groups/TECHNICAL", "{\"nameZh\":\"技术支持组\",\"nameEn\":\"Technical support\","
                + "\"members\":[\"ops\",\"" + second + "\"],\"roundRobin\":true}", "Authorization", LedgerIT.admin())) + "}").getJsonArray("a");
        assertTrue(groups.toString().contains(second), groups.toString());
        assertEquals("ticket.assigneeUnknown", code(http.json("PUT", "/api/v1/system/ticket-groups/TECHNICAL", "{\"nameZh\":\"技术\",\"nameEn\":\"Tech\","
                + "\"members\":[\"nobody-" + System.nanoTime() + "\"],\"roundRobin\":true}", "Authorization", LedgerIT.admin())));

        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        assertEquals("validation.required", code(http.json("POST", "/api/v1/tickets", "{\"type\":\"TECHNICAL\",\"severity\":2,\"body\":\"x\"}",
                "Authorization", c.bearer())), "a ticket without subject");
        assertEquals("ticket.severityInvalid", code(open(c.bearer(), "TECHNICAL", 5, "训练排队")));
        assertEquals("ticket.typeInvalid", code(open(c.bearer(), "HARDWARE", 2, "训练排队")));
        assertEquals("0", http.get("/api/v1/tickets", "Authorization", c.bearer()).headers().firstValue("X-Total-Count").orElse(""), "nothing written");

        JsonObject first = ok(open(c.bearer(), "TECHNICAL", 2, "训练排队"));
        JsonObject next = ok(open(c.bearer(), "TECHNICAL", 3, "监控图表不显示"));
        assertEquals("ASSIGNED", first.getString("status"));
        assertEquals("ops", first.getString("assignee"), "dealt out in turn");
        assertEquals(second, next.getString("assignee"));
        assertTrue(first.getString("ticketNo").startsWith("GD"));
        assertTrue(first.containsKey("responseDue") && first.containsKey("resolutionDue"), first.toString());
        String no = first.getString("ticketNo");
        assertEquals(1, notices("ops", no), "the assignee's bell");

        staffReply(secondToken, no, "内部备注:疑似配额不足", true, false);
        JsonObject seen = ok(http.get("/api/v1/tickets/" + no, "Authorization", c.bearer()));
        assertEquals(1, seen.getJsonArray("messages").size(), "the customer never sees an internal note: " + seen);
        assertFalse(seen.containsKey("firstResponseAt"), "a note is no response");
        assertEquals(2, ok(http.get("/api/v1/ops/tickets/" + no, "Authorization", ops())).getJsonArray("messages").size());

        JsonObject asked = staffReply(ops(), no, "请提供作业 ID 和提交时间。", false, true);
        assertEquals("WAITING_CUSTOMER", asked.getString("status"));
        assertTrue(asked.getBoolean("paused"));
        assertFalse(asked.containsKey("resolutionDue"), "no due time while the clock stands");
        assertTrue(asked.containsKey("firstResponseAt"));
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = '" + c.username()
                + "' and n.title like '%" + no + "%'"), "the customer's bell");
        JsonObject answered = ok(http.json("POST", "/api/v1/tickets/" + no + "/replies", "{\"body\":\"作业 ID job-42,12:00 提交。\"}", "Authorization", c.bearer()));
        assertEquals("IN_PROGRESS", answered.getString("status"), "the answer starts the clocks again");
        assertEquals(403, http.json("POST", "/api/v1/ops/tickets/" + no + "/replies", "{\"body\":\"我来看看\"}", "Authorization",
                LedgerIT.finance()).statusCode(), "neither its group, nor its assignee, nor a dispatcher");
        assertEquals(403, http.json("POST", "/api/v1/ops/tickets/" + no + "/assign", "{\"assignee\":\"ops\"}", "Authorization", LedgerIT.finance()).statusCode());
        assertEquals("ticket.assigneeUnknown", code(http.json("POST", "/api/v1/ops/tickets/" + no + "/assign", "{\"assignee\":\"nobody-x\"}", "Authorization", ops())));

        JsonObject resolved = ok(http.json("POST", "/api/v1/ops/tickets/" + no + "/resolve", "{\"resolution\":\"已扩容配额,作业已开始运行。\"}", "Authorization", ops()));
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("ticket.replyClosed", code(http.json("POST", "/api/v1/tickets/" + no + "/replies", "{\"body\":\"还在?\"}", "Authorization", c.bearer())));
        JsonObject reopened = ok(http.json("POST", "/api/v1/tickets/" + no + "/reopen", "{\"body\":\"又开始排队了\"}", "Authorization", c.bearer()));
        assertEquals("IN_PROGRESS", reopened.getString("status"));
        ok(http.json("POST", "/api/v1/ops/tickets/" + no + "/resolve", "{\"resolution\":\"调度队列已修复。\"}", "Authorization", ops()));
        assertEquals("validation.range", code(http.json("POST", "/api/v1/tickets/" + no + "/close", "{\"rating\":6}", "Authorization", c.bearer())));
        JsonObject closed = ok(http.json("POST", "/api/v1/tickets/" + no + "/close", "{\"rating\":5,\"comment\":\"响应很快\"}", "Authorization", c.bearer()));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(5, closed.getInt("rating"));
        assertEquals("ticket.illegalTransition", code(http.json("POST", "/api/v1/tickets/" + no + "/reopen", "{}", "Authorization", c.bearer())));
        assertEquals(2, TestUsers.count("select count(*) from audit_event where action = 'TICKET_RESOLVE' and outcome = 'OK' and target = '" + no + "'"));

        TestCustomers.Registered other = TestCustomers.register("PERSONAL");
        assertEquals(404, http.get("/api/v1/tickets/" + no, "Authorization", other.bearer()).statusCode(), "another customer's ticket");
        assertEquals(404, http.json("POST", "/api/v1/tickets/" + no + "/replies", "{\"body\":\"x\"}", "Authorization", other.bearer()).statusCode());
        HttpResponse<String> mine = http.get("/api/v1/ops/tickets?mine=true&open=true", "Authorization", secondToken);
        assertTrue(mine.body().contains(next.getString("ticketNo")) && !mine.body().contains(no), "the second member's open tickets");
    }

    @Test
    void theClocksBreachOnceAndAResolvedTicketClosesItselfAfterSevenDays() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("PERSONAL");
        ok2(http.json("PUT", "/api/v1/system/ticket-groups/BUSINESS", "{\"nameZh\":\"商务支持组\",\"nameEn\":\"Business support\",\"members\":[\"ops\"],"
                + "\"roundRobin\":true}", "Authorization", LedgerIT.admin()));
        String no = ok(open(c.bearer(), "BUSINESS", 1, "发票抬头需要修改")).getString("ticketNo");
        try {
            clock(Instant.now().plus(Duration.ofMinutes(61)));
            sweep();
            JsonObject t = ok(http.get("/api/v1/ops/tickets/" + no, "Authorization", ops()));
            assertTrue(t.getBoolean("responseBreached"), "no response within 1 h: " + t);
            assertFalse(t.getBoolean("resolutionBreached"), "61 min of a 4 h resolution");
            sweep();
            assertEquals(1, TestUsers.count("select count(*) from notification where username = 'ops' and title like '%" + no + "%SLA%'"),
                    "a breach is told once");
            assertTrue(http.get("/api/v1/ops/tickets?breached=true&ticketNo=" + no, "Authorization", ops()).body().contains(no), "the breach list");

            ok(http.json("POST", "/api/v1/ops/tickets/" + no + "/resolve", "{\"resolution\":\"已修改抬头。\"}", "Authorization", ops()));
            clock(Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
            assertEquals("ticket.reopenTooLate", code(http.json("POST", "/api/v1/tickets/" + no + "/reopen", "{}", "Authorization", c.bearer())));
            sweep();
            JsonObject closed = ok(http.get("/api/v1/tickets/" + no, "Authorization", c.bearer()));
            assertEquals("CLOSED", closed.getString("status"), "closed by itself seven days after its resolution");
            assertEquals("[\"rate\"]", closed.getJsonArray("actions").toString());
            assertEquals(4, ok(http.json("POST", "/api/v1/tickets/" + no + "/rating", "{\"rating\":4}", "Authorization", c.bearer())).getInt("rating"));
            assertEquals("ticket.rateClosedOnce", code(http.json("POST", "/api/v1/tickets/" + no + "/rating", "{\"rating\":5}", "Authorization", c.bearer())));
        } finally {
            ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", LedgerIT.admin()));
        }
    }

    void clock(Instant at) throws Exception {
        ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + at + "\"}", "Authorization", LedgerIT.admin()));
    }

    void sweep() throws Exception {
        ok(http.json("POST", "/api/v1/dev/usage/ticket-sweep", null, "Authorization", LedgerIT.admin()));
    }

    static String ok2(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return r.body();
    }

    static JsonObject ok(HttpResponse<String> r) {
        return parse(ok2(r));
    }

    static String code(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        return parse(r.body()).getString("code");
    }
}
