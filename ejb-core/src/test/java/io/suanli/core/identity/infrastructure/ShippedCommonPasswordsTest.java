package io.suanli.core.identity.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippedCommonPasswordsTest {

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        ShippedCommonPasswords list = new ShippedCommonPasswords();
        assertTrue(list.size() >= 10_000, "size " + list.size());
        assertTrue(list.contains("123456"));
        assertTrue(list.contains("password"));
        assertTrue(list.contains("qwerty"));
        assertFalse(list.contains("tea-pot-moon-42"));
    }
}
