package io.suanli.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What scenario tests on orders share: a product priced from 1 June 2026 (so that scenarios can play in July with
 * the clock moved), the order helpers of {@link OrderIT}, and the clock put back after each test.
 */
abstract class OrderScenario {

    static TestCatalog.Built catalog;
    final Http http = new Http();
    final OrderIT orders = new OrderIT();

    @BeforeAll
    static void product() throws Exception {
        OrderIT.product();
        catalog = OrderIT.catalog;
    }

    @AfterEach
    void resetClock() throws Exception {
        orders.resetClock();
    }
}
