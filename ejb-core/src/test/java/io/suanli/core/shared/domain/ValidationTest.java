package io.suanli.core.shared.domain;

import io.suanli.core.identity.domain.UserAccount;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidationTest {

    @Test
    void requiredTextIsTrimmedAndBounded() {
        assertEquals("算力中心", Validation.requiredText("  算力中心 ", 10, "department"));
        assertEquals("validation.required", assertThrows(SuanliException.class, () -> Validation.requiredText(" ", 10, "x")).key());
        assertEquals("validation.tooLong", assertThrows(SuanliException.class, () -> Validation.requiredText("abcdef", 5, "x")).key());
    }

    @Test
    void usernamesStartWithALetterAndHaveFourToThirtyTwoCharacters() {
        assertEquals("alice_01", UserAccount.checkUsername(" alice_01 "));
        for (String bad : new String[]{null, "abc", "1abc", "a-bcd", "a".repeat(33)}) {
            assertEquals("registration.usernameInvalid", assertThrows(SuanliException.class, () -> UserAccount.checkUsername(bad)).key());
        }
    }
}
