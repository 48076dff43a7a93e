package io.suanli.core.system.infrastructure;

import io.suanli.integration.sms.huawei.HuaweiSmsConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsSettingsTest {

    private static final String TEMPLATE_ID = "8ff55eac1d0b478ab3c06c3c6a492300";

    private static Optional<HuaweiSmsConfig> huawei(Map<String, String> values) {
        return new SmsSettings(key -> Optional.ofNullable(values.get(key))).huawei();
    }

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put("suanli.sms.provider", "huawei");
        values.put("suanli.sms.app-key", "c8RWg3ggEcyd4D3p94bf3Y7x1Ile");
        values.put("suanli.sms.app-secret", "q4Ii87BhST9vcs8wvrzN80SfD7Al");
        values.put("suanli.sms.sender", "8824110605123");
        values.put("suanli.sms.templates", "VERIFY_CODE=" + TEMPLATE_ID + ":code,minutes");
        return values;
    }

    @Test
    void nothingConfiguredMeansNoHuaweiProvider() {
        assertTrue(huawei(Map.of()).isEmpty());
    }

    @Test
    void completeSettingsGiveTheHuaweiApplicationWithDefaults() {
        HuaweiSmsConfig c = huawei(complete()).orElseThrow();

        assertEquals(URI.create("https://smsapi.cn-north-4.myhuaweicloud.com:443"), c.endpoint());
        assertEquals("8824110605123", c.sender());
        assertEquals(Duration.ofSeconds(5), c.timeout());
        assertEquals(3, c.attempts());
        assertNull(c.signature());
        assertNull(c.statusCallback());
        assertEquals(List.of("code", "minutes"), c.templates().of("VERIFY_CODE").orElseThrow().variables());
    }

    @Test
    void anAppKeyAloneSelectsHuawei() {
        Map<String, String> values = complete();
        values.remove("suanli.sms.provider");

        assertTrue(huawei(values).isPresent());
    }

    @Test
    void missingSecretIsNamedByItsEnvironmentVariable() {
        Map<String, String> values = complete();
        values.put("suanli.sms.app-secret", " ");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertEquals("SUANLI_SMS_APP_SECRET (suanli.sms.app-secret) is missing; the Huawei Cloud SMS provider needs it",
                e.getMessage());
    }

    @Test
    void huaweiWithoutSenderDoesNotStart() {
        Map<String, String> values = complete();
        values.remove("suanli.sms.sender");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertTrue(e.getMessage().startsWith("SUANLI_SMS_SENDER "), e.getMessage());
    }

    @Test
    void unknownProviderIsRefused() {
        Map<String, String> values = complete();
        values.put("suanli.sms.provider", "aliyun");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertEquals("SUANLI_SMS_PROVIDER=aliyun is not a known SMS provider (known: huawei)", e.getMessage());
    }

    @Test
    void badTemplateMappingIsRefusedAtStart() {
        Map<String, String> values = complete();
        values.put("suanli.sms.templates", "VERIFY_CODE=123:code");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertTrue(e.getMessage().contains("32 hexadecimal characters"), e.getMessage());
    }

    @Test
    void timeoutOutOfRangeIsRefused() {
        Map<String, String> values = complete();
        values.put("suanli.sms.timeout-seconds", "0");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertEquals("SUANLI_SMS_TIMEOUT_SECONDS must be a whole number from 1 to 60, not 0", e.getMessage());
    }

    @Test
    void statusCallbackMustBeAnHttpUrl() {
        Map<String, String> values = complete();
        values.put("suanli.sms.status-callback", "ftp://suanli.example.cn/report");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> huawei(values));

        assertTrue(e.getMessage().startsWith("SUANLI_SMS_STATUS_CALLBACK must be an http(s) URL"), e.getMessage());
    }
}
