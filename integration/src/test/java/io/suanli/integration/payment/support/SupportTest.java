package io.suanli.integration.payment.support;

import io.suanli.integration.payment.PaymentException;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportTest {

    private static final KeyPair keys = Rsa.generateKeyPair();

    @Test
    void keysReadFromPemAndBareBase64Alike() {
        String signature = Rsa.sign(Rsa.privateKey(Rsa.pem(keys.getPrivate())), "text");

        assertTrue(Rsa.verify(Rsa.publicKey(Rsa.base64(keys.getPublic())), "text", signature));
        assertTrue(Rsa.verify(Rsa.publicKey(Rsa.pem(keys.getPublic())), "text", signature));
        assertEquals(Rsa.privateKey(Rsa.base64(keys.getPrivate())), keys.getPrivate());
    }

    @Test
    void malformedSignatureIsJustNotValid() {
        assertFalse(Rsa.verify(keys.getPublic(), "text", "%%%"));
        assertFalse(Rsa.verify(keys.getPublic(), "text", null));
        assertFalse(Rsa.verify(keys.getPublic(), "text", Rsa.sign(keys.getPrivate(), "other text")));
    }

    @Test
    void pkcs1KeyIsRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rsa.privateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"));
        assertTrue(e.getMessage().contains("PKCS#8"));
    }

    @Test
    void formsRoundTripAndRefuseRepeatedNames() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", "算力 充值&more=1");
        fields.put("total_amount", "88.80");

        assertEquals(fields, Forms.decode(Forms.encode(fields), null));
        assertThrows(PaymentException.class, () -> Forms.decode("a=1&a=2", null));
    }

    @Test
    void formUsesTheCharsetItNames() {
        assertEquals("算力", Forms.decode("charset=GBK&subject=%CB%E3%C1%A6", "charset").get("subject"));
    }

    @Test
    void signStringIsSortedWithoutExcludedAndEmptyFields() {
        Map<String, String> fields = Map.of("b", "2", "a", "1", "sign", "x", "c", "");

        assertEquals("a=1&b=2", Forms.signString(fields, List.of("sign"), true));
        assertEquals("a=1&b=2&c=", Forms.signString(fields, List.of("sign"), false));
    }

    @Test
    void channelTimesAreBeijingTime() {
        Instant instant = Instant.parse("2026-07-01T02:30:00Z");

        assertEquals("2026-07-01T10:30:00+08:00", ChannelTime.rfc3339(instant));
        assertEquals("2026-07-01 10:30:00", ChannelTime.format(instant, ChannelTime.DASHED));
        assertEquals("20260701103000", ChannelTime.format(instant, ChannelTime.COMPACT));
        assertEquals(instant, ChannelTime.parse("20260701103000", ChannelTime.COMPACT));
        assertThrows(PaymentException.class, () -> ChannelTime.parse("2026-07-01", ChannelTime.COMPACT));
    }
}
