package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseIdsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void acceptsIdCardNumbersWithTheRightCheckCharacter() {
        assertTrue(ChineseIds.isValidIdCard("11010519491231002X", TODAY));
        assertTrue(ChineseIds.isValidIdCard("440524188001010014", TODAY));
        assertTrue(ChineseIds.isValidIdCard("110101199003078312", TODAY));
    }

    @Test
    void refusesIdCardNumbersWithAWrongCheckCharacterOrDate() {
        assertFalse(ChineseIds.isValidIdCard("110105194912310021", TODAY), "check character");
        assertFalse(ChineseIds.isValidIdCard("110105194913310028", TODAY), "month 13");
        assertFalse(ChineseIds.isValidIdCard("11010519491231002x", TODAY), "lower-case x must be normalised first");
        assertFalse(ChineseIds.isValidIdCard("1101051949123100", TODAY), "length");
        assertFalse(ChineseIds.isValidIdCard(null, TODAY));
        assertTrue(ChineseIds.isValidIdCard(ChineseIds.normalise(" 11010519491231002x "), TODAY));
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

    @Test
    void refusesABirthDateAfterToday() {
        assertTrue(ChineseIds.isValidIdCard("110101202611257415", TODAY), "born today");
        assertFalse(ChineseIds.isValidIdCard("110101202611257415", TODAY.minusDays(1)), "born tomorrow");
    }
}
