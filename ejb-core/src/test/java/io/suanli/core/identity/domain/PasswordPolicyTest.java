package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(10, 3, Set.of("password", "qwertyuiop", "zhang")::contains);

    String refusal(String username, String password) {
        return assertThrows(SuanliException.class, () -> policy.check(username, password.toCharArray())).key();
    }

    @Test
    void acceptsALongMixedPassword() {
        assertDoesNotThrow(() -> policy.check("alice", "Tea-Pot-Moon-42".toCharArray()));
    }

    @Test
    void refusesShortPasswords() {
        assertEquals("password.tooShort", refusal("alice", "Ab1!xyz"));
    }

    @Test
    void refusesTooFewCharacterClasses() {
        assertEquals("password.tooFewClasses", refusal("alice", "onlylowercaseletters"));
        assertEquals("password.tooFewClasses", refusal("alice", "lowerand12345678"));
    }

    @Test
    void refusesCommonPasswordsAlsoWithDecoration() {
        assertEquals("password.common", refusal("alice", "QWERTYUIOP12!"));
        assertEquals("password.common", refusal("alice", "Password2026!"));
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertEquals("password.containsUsername", refusal("alice", "My-Alice-2026x"));
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertEquals("password.tooLong", refusal("alice", "Aa1!".repeat(65)));
    }

    @Test
    void countsCharacterClasses() {
        assertEquals(4, PasswordPolicy.classes("aA1!".toCharArray()));
        assertEquals(1, PasswordPolicy.classes("中文密码".toCharArray()));
        assertEquals("password", PasswordPolicy.stripDecoration("password123!!"));
    }
}
