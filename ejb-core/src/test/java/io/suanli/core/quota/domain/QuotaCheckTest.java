package io.suanli.core.quota.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaCheckTest {

    @Test
    void theOverrideReplacesTheDefault() {
        assertEquals(10, QuotaCheck.effectiveLimit(10, null));
        assertEquals(3, QuotaCheck.effectiveLimit(10, 3));
        assertEquals(0, QuotaCheck.effectiveLimit(10, 0));
    }

    @Test
    void usedPlusAddingMayReachButNotPassTheLimit() {
        assertTrue(QuotaCheck.allows(5, 4, 1));
        assertFalse(QuotaCheck.allows(5, 4, 2));
        assertFalse(QuotaCheck.allows(0, 0, 1));
        assertTrue(QuotaCheck.allows(0, 0, 0));
        assertTrue(QuotaCheck.allows(128, 64, 64));
        assertFalse(QuotaCheck.allows(128, 120, 16));
    }

    @Test
    void limitsAreBounded() {
        assertEquals("validation.range", assertThrows(SuanliException.class, () -> QuotaCheck.checkLimit(-1)).key());
        assertEquals("validation.range", assertThrows(SuanliException.class, () -> QuotaCheck.checkLimit(1_000_001)).key());
        assertEquals(0, QuotaCheck.checkLimit(0));
    }
}
