package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseIdsTest {

    @Test
    void acceptsIdCardNumbersWithTheRightCheckCharacter() {
        assertTrue(ChineseIds.isValidIdCard("11010519491231002X"));
        assertTrue(ChineseIds.isValidIdCard("440524188001010014"));
        assertTrue(ChineseIds.isValidIdCard("110101199003078312"));
    }

    @Test
    void refusesIdCardNumbersWithAWrongCheckCharacterOrDate() {
        assertFalse(ChineseIds.isValidIdCard("110105194912310021"), "check character");
        assertFalse(ChineseIds.isValidIdCard("110105194913310028"), "month 13");
        assertFalse(ChineseIds.isValidIdCard("11010519491231002x"), "lower-case x must be normalised first");
        assertFalse(ChineseIds.isValidIdCard("1101051949123100"), "length");
        assertFalse(ChineseIds.isValidIdCard(null));
        assertTrue(ChineseIds.isValidIdCard(ChineseIds.normalise(" 11010519491231002x ")));
    }

    @Test
    void acceptsCreditCodesWithTheRightCheckCharacter() {
        assertTrue(ChineseIds.isValidCreditCode("91350100M000100Y43"));
        assertTrue(ChineseIds.isValidCreditCode("911100001011034908"));
        assertTrue(ChineseIds.isValidCreditCode("91110108551385082Q"));
    }

    @Test
    void refusesCreditCodesWithAWrongCheckCharacterOrLetters() {
        assertFalse(ChineseIds.isValidCreditCode("91350100M000100Y44"));
        assertFalse(ChineseIds.isValidCreditCode("91350100I000100Y43"), "I is not in the alphabet");
        assertFalse(ChineseIds.isValidCreditCode("91350100M000100Y4"));
        assertEquals("91350100M000100Y43", ChineseIds.normalise(" 91350100m000100y43"));
    }
}
