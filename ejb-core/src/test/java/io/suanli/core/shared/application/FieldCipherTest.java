package io.suanli.core.shared.application;

import io.suanli.core.shared.domain.Masking;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void roundTripsAndHidesThePlaintext() {
        FieldCipher c = new FieldCipher("k1:" + K1, "k1");
        String stored = c.encrypt("id_number", "110101199003071234");
        assertTrue(stored.startsWith("v1:k1:"));
        assertFalse(stored.contains("1234"));
        assertEquals("110101199003071234", c.decrypt("id_number", stored));
        assertNotEquals(stored, c.encrypt("id_number", "110101199003071234"), "random IV");
    }

    @Test
    void aValueCannotBeMovedToAnotherField() {
        FieldCipher c = new FieldCipher("k1:" + K1, "k1");
        String stored = c.encrypt("mobile", "13812345678");
        assertThrows(IllegalStateException.class, () -> c.decrypt("email", stored));
    }

    @Test
    void tamperedValuesAreRefused() {
        FieldCipher c = new FieldCipher("k1:" + K1, "k1");
        String stored = c.encrypt("mobile", "13812345678");
        byte[] raw = Base64.getDecoder().decode(stored.substring(6));
        raw[raw.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> c.decrypt("mobile", "v1:k1:" + Base64.getEncoder().encodeToString(raw)));
    }

    @Test
    void oldValuesStayReadableAfterAKeyRotation() {
        String old = new FieldCipher("k1:" + K1, "k1").encrypt("email", "a@b.cn");
        FieldCipher rotated = new FieldCipher("k1:" + K1 + ",k2:" + K2, "k2");
        assertEquals("a@b.cn", rotated.decrypt("email", old));
        assertTrue(rotated.needsRotation(old));
        assertTrue(rotated.encrypt("email", "a@b.cn").startsWith("v1:k2:"));
        assertEquals(new FieldCipher("k1:" + K1, "k1").blindIndex("email", "A@B.cn "),
                rotated.blindIndex("email", "a@b.cn"), "blind index survives the rotation");
    }

    @Test
    void masksPersonalData() {
        assertEquals("138****5678", Masking.mobile("13812345678"));
        assertEquals("110***********1234", Masking.idNumber("110101199003071234"));
        assertEquals("z***@example.com", Masking.email("zhangsan@example.com"));
        assertEquals("张**", Masking.name("张三丰"));
        assertEquals("", Masking.mobile(null));
    }
}
