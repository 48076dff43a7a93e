package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

    static UserAccount user(Instant createdAt) throws Exception {
        UserAccount u = new UserAccount();
        Field f = UserAccount.class.getDeclaredField("createdAt");
        f.setAccessible(true);
        f.set(u, createdAt);
        return u;
    }

    @Test
    void theFailureThatReachesTheThresholdLocksForTheConfiguredTime() throws Exception {
        UserAccount u = user(T0);
        for (int i = 1; i <= 4; i++) {
            assertFalse(u.loginFailed(T0, 5, 15));
        }
        assertTrue(u.loginFailed(T0, 5, 15));
        assertTrue(u.isLockedAt(T0.plusSeconds(15 * 60 - 1)));
        assertFalse(u.isLockedAt(T0.plusSeconds(15 * 60)));
    }

    @Test
    void aFailureAfterTheLockEndedStartsCountingAgain() throws Exception {
        UserAccount u = user(T0);
        for (int i = 0; i < 5; i++) {
            u.loginFailed(T0, 5, 15);
        }
        assertFalse(u.loginFailed(T0.plusSeconds(3600), 5, 15));
        assertEquals(1, u.failedLogins());
    }

    @Test
    void thresholdZeroNeverLocks() throws Exception {
        UserAccount u = user(T0);
        for (int i = 0; i < 50; i++) {
            assertFalse(u.loginFailed(T0, 0, 15));
        }
        assertFalse(u.isLockedAt(T0));
    }

    @Test
    void successfulLoginClearsFailuresAndLock() throws Exception {
        UserAccount u = user(T0);
        u.loginFailed(T0, 1, 15);
        u.loggedIn(T0.plusSeconds(1000));
        assertEquals(0, u.failedLogins());
        assertFalse(u.isLockedAt(T0.plusSeconds(1000)));
    }

    @Test
    void theNamesOfThePlatformItselfCannotBeTaken() {
        for (String name : new String[]{"anonymous", "Anonymous", "SYSTEM", " system "}) {
            io.suanli.core.shared.domain.SuanliException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.suanli.core.shared.domain.SuanliException.class, () -> UserAccount.checkUsername(name));
            assertEquals("registration.usernameReserved", e.key(), name);
        }
        assertEquals("anonymous_fan", UserAccount.checkUsername("anonymous_fan"));
    }

    @Test
    void everyPasswordChangeGivesANewCredentialStamp() throws Exception {
        UserAccount u = user(T0);
        u.changePassword(PasswordHasher.hash("Lantern-Harbor-77".toCharArray()), T0);
        String first = u.credentialStamp();
        assertEquals(16, first.length());
        assertEquals(first, u.credentialStamp(), "stable while the password stays");
        u.changePassword(PasswordHasher.hash("Lantern-Harbor-77".toCharArray()), T0.plusSeconds(1));
        assertNotEquals(first, u.credentialStamp(), "even the same password again (a new salt) ends earlier tokens");
    }

    @Test
    void passwordExpiresAfterTheConfiguredDaysFromTheLastChange() throws Exception {
        UserAccount u = user(T0);
        assertFalse(u.passwordExpired(T0.plusSeconds(86_400L * 365), 0), "0 = never");
        assertFalse(u.passwordExpired(T0.plusSeconds(86_400L * 90 - 1), 90));
        assertTrue(u.passwordExpired(T0.plusSeconds(86_400L * 90), 90));
        u.changePassword("x", T0.plusSeconds(86_400L * 100));
        assertFalse(u.passwordExpired(T0.plusSeconds(86_400L * 100), 90));
    }

    @Test
    void anUnverifiedRegistrationExpiresAfterTheValidity() {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        UserAccount u = UserAccount.registeredCustomer(1, "newbie", "h", "n", 2, "m", "mi", "e", "ei", t0);
        assertFalse(u.expireUnverifiedRegistration(t0.plusSeconds(86_400L * 7 - 1), 7));
        assertTrue(u.expireUnverifiedRegistration(t0.plusSeconds(86_400L * 7), 7));
        assertFalse(u.canLogIn());
    }

    @Test
    void aVerifiedRegistrationNeverExpires() {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        UserAccount u = UserAccount.registeredCustomer(1, "newbie", "h", "n", 2, "m", "mi", "e", "ei", t0);
        u.emailVerified(t0.plusSeconds(60));
        assertFalse(u.expireUnverifiedRegistration(t0.plusSeconds(86_400L * 30), 7));
        assertTrue(u.canLogIn());
    }
}
