package io.suanli.core.system.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewaysTest {

    private static Gateways with(String callback) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("suanli.sms.provider", "huawei", "suanli.sms.app-key", "c8RWg3ggEcyd4D3p94bf3Y7x1Ile",
                "suanli.sms.app-secret", "q4Ii87BhST9vcs8wvrzN80SfD7Al", "suanli.sms.sender", "8824110605123",
                "suanli.sms.templates", "VERIFY_CODE=8ff55eac1d0b478ab3c06c3c6a492300:code,minutes"));
        if (callback != null) {
            values.put("suanli.sms.status-callback", callback);
        }
        Gateways g = new Gateways();
        g.huawei = new SmsSettings(key -> Optional.ofNullable(values.get(key))).huawei();
        return g;
    }

    @Test
    void theReportKeyIsTheLastSegmentOfTheCallbackUrl() {
        assertEquals(Optional.of("Zq8VbN3kT6yW1rXc5mP0sL9dHf2"),
                with("https://suanli.example/api/v1/sms/delivery-reports/Zq8VbN3kT6yW1rXc5mP0sL9dHf2").deliveryReportKey());
    }

    @Test
    void noCallbackOrAGuessableKeyAcceptsNoReport() {
        assertTrue(with(null).deliveryReportKey().isEmpty());
        assertTrue(with("https://suanli.example/api/v1/sms/delivery-reports/short").deliveryReportKey().isEmpty());
        assertTrue(with("https://suanli.example/api/v1/sms/delivery-reports/").deliveryReportKey().isEmpty());
        Gateways none = new Gateways();
        none.huawei = Optional.empty();
        assertTrue(none.deliveryReportKey().isEmpty());
    }
}
