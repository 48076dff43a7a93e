package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.suanli.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operations home figures (O2, SPEC §12) follow what happens today: an order placed, a charge, a ticket opened, an
 * invoice requested; the money a string with two decimals; operations roles only.
 */
@ServerTest
@RunAsClient
class DashboardIT {

    final Http http = new Http();

    JsonObject dashboard() throws Exception {
        return OrderIT.ok(http.get("/api/v1/ops/dashboard", "Authorization", bearer(TestCustomers.token("ops", "Ops@2026"))));
    }

    @Test
    void theFiguresFollowTodaysOrdersChargesTicketsAndInvoices() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "2.500000");
        InvoiceIT invoices = new InvoiceIT();
        InvoiceIT.Verified c = invoices.verified("ENTERPRISE");
        JsonObject before = dashboard();
        assertTrue(before.getString("todayRevenue").matches("-?\\d+\\.\\d{2}"), before.toString());

        invoices.cash(c.id(), "100.00");
        invoices.charge(c.id(), "12.34", "CASH", "DASH-" + c.id());
        OrderIT.ok(http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + catalog.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}",
                "Authorization", c.token()));
        OrderIT.ok(http.json("POST", "/api/v1/tickets", "{\"type\":\"BUSINESS\",\"severity\":4,\"subject\":\"看板测试\",\"body\":\"今日工单\"}", "Authorization", c.token()));
        OrderIT.ok(invoices.request(c, InvoiceIT.normal("10.00")));
        JsonObject after = dashboard();

        assertEquals(before.getInt("todayOrders") + 1, after.getInt("todayOrders"), after.toString());
        assertEquals(before.getInt("openTickets") + 1, after.getInt("openTickets"));
        assertEquals(before.getInt("pendingInvoices") + 1, after.getInt("pendingInvoices"));
        BigDecimal revenue = new BigDecimal(after.getString("todayRevenue")).subtract(new BigDecimal(before.getString("todayRevenue")));
        assertTrue(revenue.compareTo(new BigDecimal("12.34")) >= 0, "today's revenue took the charge: +" + revenue);
        for (String key : new String[]{"pendingVerifications", "pendingAcceptances", "pendingApprovals"}) {
            assertTrue(after.getInt(key) >= 0, key);
        }
        assertEquals(403, http.get("/api/v1/ops/dashboard", "Authorization", c.token()).statusCode(), "not for customers");
        assertEquals(403, http.get("/api/v1/ops/dashboard", "Authorization", LedgerIT.admin()).statusCode(), "nor the system console");
    }
}
