package io.suanli.web.portal.api;

import org.junit.jupiter.api.Test;


import static io.suanli.web.portal.api.ApiAccessFilter.Decision.FORBIDDEN;
import static io.suanli.web.portal.api.ApiAccessFilter.Decision.PASS;
import static io.suanli.web.portal.api.ApiAccessFilter.Decision.UNAUTHENTICATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiAccessFilterTest {

    static ApiAccessFilter.Decision as(String role, String method, String path) {
        return ApiAccessFilter.decide(method, path, r -> r.equals(role), role != null);
    }

    @Test
    void anonymousCallersReachOnlyThePublicOperations() {
        assertEquals(PASS, as(null, "POST", "/v1/auth/token"));
        assertEquals(PASS, as(null, "GET", "/v1/catalog/products/gpu"));
        assertEquals(PASS, as(null, "POST", "/v1/payments/notify/wechat"));
        assertEquals(PASS, as(null, "POST", "/v1/dev/payments/R1/pay"));
        assertEquals(UNAUTHENTICATED, as(null, "POST", "/v1/dev/payments/R1/pay-silently"));
        assertEquals(UNAUTHENTICATED, as(null, "POST", "/v1/orders"));
        assertEquals(UNAUTHENTICATED, as(null, "GET", "/v1/catalog-admin"));
        assertEquals(UNAUTHENTICATED, as(null, "POST", "/v1/ops/customers"));
    }

    @Test
    void eachAreaIsForItsRoles() {
        assertEquals(PASS, as("SALES", "POST", "/v1/ops/customers"));
        assertEquals(FORBIDDEN, as("SYS_ADMIN", "GET", "/v1/ops/ledger"));
        assertEquals(FORBIDDEN, as("CUSTOMER", "GET", "/v1/ops/ledger"));
        assertEquals(PASS, as("SYS_ADMIN", "GET", "/v1/system/staff"));
        assertEquals(FORBIDDEN, as("OPS_ADMIN", "GET", "/v1/system/staff"));
        assertEquals(PASS, as("CUSTOMER", "POST", "/v1/orders"));
        assertEquals(FORBIDDEN, as("FINANCE", "POST", "/v1/orders"));
        assertEquals(PASS, as("FINANCE", "GET", "/v1/me"));
        assertEquals(PASS, as("OPS_ADMIN", "GET", "/v1/files/1"));
        assertEquals(FORBIDDEN, as("SALES", "GET", "/v1/files/1"));
    }
}
