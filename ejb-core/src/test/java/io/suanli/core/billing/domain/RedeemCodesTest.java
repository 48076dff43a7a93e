package io.suanli.core.billing.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Codes: four groups of four without look-alikes, unique in practice, recognised as typed, kept only as a hash. */
class RedeemCodesTest {

    @Test
    void codesHaveTheirFormAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String c = RedeemCodes.generate();
            assertTrue(c.matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}"), c);
            assertTrue(seen.add(c), "repeated " + c);
        }
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesIsTheSameCode() {
        String c = "K7QM-2ZXP-8RTA-4HNB";
        assertEquals(c, RedeemCodes.normalize("  k7qm-2zxp-8rta-4hnb "));
        assertEquals(c, RedeemCodes.normalize("K7QM-2ZXP -8RTA-4HNB"));
        assertEquals(RedeemCodes.hash(c), RedeemCodes.hash(RedeemCodes.normalize("k7qm-2zxp-8rta-4hnb")));
        assertEquals(64, RedeemCodes.hash(c).length());
        assertNotEquals(c, RedeemCodes.hash(c));
        assertEquals("4HNB", RedeemCodes.hint(c));
        assertEquals("", RedeemCodes.normalize(null));
    }
}
