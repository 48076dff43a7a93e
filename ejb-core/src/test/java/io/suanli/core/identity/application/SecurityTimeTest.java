package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.Totp;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.VerificationCode;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.RealTime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security times move with real time ({@link RealTime}), and only with it: each test moves a real-time clock across
 * the boundary (just before, at, just after) of lockout, the second-factor window, SMS code expiry, password expiry
 * and the per-address code window. Moving the business clock changes none of them.
 */
class SecurityTimeTest {

    static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    /** A real-time clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock(T0);
    final RealTime time = new RealTime(clock);

    @Test
    void aLockoutEndsWhenItsMinutesHavePassedInRealTime() {
        UserAccount u = UserAccount.staff(1, "ops", "h", "Ops", "OPS_ADMIN", null, T0);
        for (int i = 1; i < 5; i++) {
            assertFalse(u.loginFailed(time.now(), 5, 15));
        }
        assertTrue(u.loginFailed(time.now(), 5, 15), "the fifth failure locks");
        clock.move(Duration.ofMinutes(15).minusMillis(1));
        assertTrue(u.isLockedAt(time.now()), "a millisecond before the end");
        clock.move(Duration.ofMillis(1));
        assertFalse(u.isLockedAt(time.now()), "at the end");
        assertFalse(u.loginFailed(time.now(), 5, 15), "counting starts again");
    }

    @Test
    void aNameOfNoAccountIsUnlockedAtTheSameMoment() {
        UnknownNameFailures names = new UnknownNameFailures();
        for (int i = 0; i < 5; i++) {
            names.record("nobody", time.now(), 5, 15);
        }
        clock.move(Duration.ofMinutes(15).minusSeconds(1));
        assertTrue(names.of("nobody").isLockedAt(time.now()));
        clock.move(Duration.ofSeconds(1));
        assertFalse(names.of("nobody").isLockedAt(time.now()));
    }

    @Test
    void movingTheBusinessClockLeavesTheLockInPlace() {
        PlatformClock business = new PlatformClock();
        UserAccount u = UserAccount.staff(1, "ops", "h", "Ops", "OPS_ADMIN", null, T0);
        u.loginFailed(time.now(), 1, 15);
        business.moveTo(T0.plus(Duration.ofDays(30)));
        assertTrue(u.isLockedAt(time.now()), "real time has not moved");
    }

    @Test
    void theSecondFactorAcceptsTheCodeOfTheNeighbouringStepsOnly() {
        String secret = Totp.newSecret();
        long step = Totp.step(time.now().getEpochSecond());
        String code = Totp.code(secret, step);
        assertEquals(step, Totp.verify(secret, code, time.now().getEpochSecond(), -1));
        clock.move(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertEquals(step, Totp.verify(secret, code, time.now().getEpochSecond(), -1), "one step later still");
        clock.move(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertEquals(-1, Totp.verify(secret, code, time.now().getEpochSecond(), -1), "two steps later no longer");
        clock.move(Duration.ofSeconds(-3L * Totp.STEP_SECONDS));
        assertEquals(step, Totp.verify(secret, code, time.now().getEpochSecond(), -1), "one step early (clock skew)");
        clock.move(Duration.ofSeconds(-Totp.STEP_SECONDS));
        assertEquals(-1, Totp.verify(secret, code, time.now().getEpochSecond(), -1), "two steps early no longer");
    }

    @Test
    void aSessionAwaitingTheSecondFactorExpiresThenCannotLogIn() {
        Duration pending = Duration.ofMinutes(5);
        LoginSession s = LoginSession.awaitingSecondFactor(1, "hash", 7, time.now(), time.now().plus(pending), "10.0.0.1", "ua");
        assertFalse(s.isActiveAt(time.now()), "no login before the second factor");
        clock.move(pending.minusMillis(1));
        assertTrue(s.isAwaitingSecondFactorAt(time.now()));
        clock.move(Duration.ofMillis(1));
        assertFalse(s.isAwaitingSecondFactorAt(time.now()), "expired at its end");
        assertFalse(s.isActiveAt(time.now()));
    }

    @Test
    void aPassedSecondFactorLogsInUntilTheSessionExpiry() {
        LoginSession s = LoginSession.awaitingSecondFactor(1, "hash", 7, time.now(), time.now().plus(Duration.ofMinutes(5)), "ip", "ua");
        clock.move(Duration.ofMinutes(1));
        s.secondFactorPassed(time.now(), time.now().plus(Duration.ofHours(12)));
        assertTrue(s.isActiveAt(time.now()));
        assertFalse(s.isAwaitingSecondFactorAt(time.now()));
        clock.move(Duration.ofHours(12).minusSeconds(1));
        assertTrue(s.isActiveAt(time.now()));
        clock.move(Duration.ofSeconds(1));
        assertFalse(s.isActiveAt(time.now()), "the session expired");
    }

    @Test
    void anSmsCodeIsGoodUntilItExpires() {
        Duration validity = Duration.ofMinutes(5);
        VerificationCode early = code(validity);
        VerificationCode late = code(validity);
        clock.move(validity.minusSeconds(1));
        assertEquals(VerificationCode.Check.WRONG, late.check("other", time.now()), "a wrong try before the end counts");
        assertEquals(VerificationCode.Check.OK, early.check("hash", time.now()), "a second before the end");
        assertEquals(VerificationCode.Check.USED_UP, early.check("hash", time.now()), "good once");
        clock.move(Duration.ofSeconds(1));
        assertEquals(VerificationCode.Check.EXPIRED, late.check("hash", time.now()), "at the end");
    }

    private VerificationCode code(Duration validity) {
        return new VerificationCode(1, VerificationCode.Purpose.LOGIN_SMS, "idx", "hash", time.now(), time.now().plus(validity), "ip");
    }

    @Test
    void aPasswordExpiresItsDaysAfterTheLastChange() {
        UserAccount u = UserAccount.staff(1, "ops", "h", "Ops", "OPS_ADMIN", null, time.now());
        clock.move(Duration.ofDays(90).minusSeconds(1));
        assertFalse(u.passwordExpired(time.now(), 90));
        clock.move(Duration.ofSeconds(1));
        assertTrue(u.passwordExpired(time.now(), 90), "at 90 days");
        assertFalse(u.passwordExpired(time.now(), 0), "0 = never");
        u.changePassword("h2", time.now());
        clock.move(Duration.ofDays(89));
        assertFalse(u.passwordExpired(time.now(), 90), "counted from the change");
    }

    @Test
    void wrongCodesOfAnAddressCountForFifteenMinutes() {
        CodeAttempts attempts = new CodeAttempts(3);
        for (int i = 0; i < 3; i++) {
            attempts.failed("10.0.0.1", time.now());
            clock.move(Duration.ofMinutes(1));
        }
        assertTrue(attempts.blocked("10.0.0.1", time.now()));
        clock.move(CodeAttempts.WINDOW.minus(Duration.ofMinutes(3)));
        assertTrue(attempts.blocked("10.0.0.1", time.now()), "the first try is exactly fifteen minutes old: still counted");
        clock.move(Duration.ofMillis(1));
        assertFalse(attempts.blocked("10.0.0.1", time.now()), "the first try left the window");
        assertFalse(attempts.blocked("10.0.0.2", time.now()), "another address");
    }
}
