package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expiry reminders (B3) with the clock moved: the daily job sends one reminder per resource and threshold (7, 3, 1
 * days) by in-app message, SMS and e-mail, never twice however often it runs; a resource first seen two days before its
 * end gets the 3-day reminder only; after the end the job's lifecycle step expires the resource.
 */
@ServerTest
@RunAsClient
class ExpiryReminderIT extends OrderScenario {

    JsonObject runJob() throws Exception {
        String admin = LedgerIT.admin();
        long id = JobsIT.start(http, admin, "expiry-reminders", "{}");
        JsonObject e = JobsIT.awaitEnd(http, admin, id);
        assertEquals("COMPLETED", e.getString("status"), e.toString());
        return e;
    }

    static long reminders(String resourceId) throws Exception {
        return TestUsers.count("select count(*) from expiry_reminder where resource_id = " + resourceId);
    }

    static long reminders(String resourceId, int days) throws Exception {
        return TestUsers.count("select count(*) from expiry_reminder where resource_id = " + resourceId + " and threshold_days = " + days);
    }

    /** Deliveries of the reminder template to the customer's users, per channel. */
    static long deliveries(String customerId, String channel) throws Exception {
        return TestUsers.count("select count(*) from message_delivery d join user_account u on u.id = d.user_id where u.customer_id = "
                + customerId + " and d.template_code = 'RESOURCE_EXPIRY_REMINDER' and d.channel = '" + channel + "'");
    }

    static long bell(String customerId) throws Exception {
        return TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.customer_id = "
                + customerId + " and n.title like '%到期%'");
    }

    @Test
    void oneReminderPerThresholdByEveryChannelNeverTwice() throws Exception {
        OrderIT.Customer c = orders.customer("5000.00", "0.00");
        // one month from 1 July 00:00 Beijing time: ends 1 August 00:00 Beijing time = 2026-07-31T16:00Z
        String a = orders.opened(c, 1, "PREPAID_MONTHLY", 1, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");

        orders.clock("2026-07-24T15:00:00Z"); // 7 days and 1 hour left: nothing yet
        runJob();
        assertEquals(0, reminders(a));

        orders.clock("2026-07-25T00:00:00Z"); // 6 days 16 hours left: the 7-day reminder
        JsonObject first = runJob();
        assertEquals(1, reminders(a, 7));
        assertEquals(1, deliveries(c.id(), "INAPP"));
        assertEquals(1, deliveries(c.id(), "SMS"));
        assertEquals(1, deliveries(c.id(), "EMAIL"));
        assertEquals(1, bell(c.id()));
        assertTrue(first.getString("exitStatus").startsWith("reminders "), first.toString());
        assertTrue(first.containsKey("total"), "the reader publishes its total");
        assertEquals(100, first.getInt("percent"));

        runJob(); // the same day again: nothing new
        orders.clock("2026-07-27T00:00:00Z");
        runJob(); // between 7 and 3 days: nothing new
        assertEquals(1, reminders(a));
        assertEquals(1, deliveries(c.id(), "SMS"));

        // a second resource first seen two days before its end: the 3-day reminder only
        OrderIT.Customer late = orders.customer("5000.00", "0.00");
        String b = orders.opened(late, 1, "PREPAID_MONTHLY", 1, "2026-06-30T15:50:00Z", "2026-06-30T16:00:00Z");

        orders.clock("2026-07-29T12:00:00Z"); // 2 days 4 hours left
        runJob();
        runJob();
        assertEquals(1, reminders(a, 3));
        assertEquals(2, reminders(a));
        assertEquals(1, reminders(b));
        assertEquals(1, reminders(b, 3), "not 7 and 3 at once");
        assertEquals(1, deliveries(late.id(), "SMS"));
        assertEquals(2, deliveries(c.id(), "SMS"));

        orders.clock("2026-07-31T10:00:00Z"); // 6 hours left
        runJob();
        runJob();
        assertEquals(3, reminders(a));
        assertEquals(1, reminders(a, 1));
        assertEquals(2, reminders(b));
        assertEquals(3, deliveries(c.id(), "INAPP"));
        assertEquals(3, deliveries(c.id(), "SMS"));
        assertEquals(3, deliveries(c.id(), "EMAIL"));
        assertEquals(2, deliveries(late.id(), "EMAIL"));

        // after the end the job's lifecycle step expires both; no reminder any more
        orders.clock("2026-07-31T16:00:00Z");
        runJob();
        assertEquals("EXPIRED", OrderIT.ok(http.get("/api/v1/resources/" + a, "Authorization", c.token())).getString("status"));
        assertEquals("EXPIRED", OrderIT.ok(http.get("/api/v1/resources/" + b, "Authorization", late.token())).getString("status"));
        assertEquals(3, reminders(a));
        assertEquals(3, deliveries(c.id(), "SMS"));
    }
}
