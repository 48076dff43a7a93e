package io.suanli.core.identity.application;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginCookieCheckTest {

    static final AuthenticatedUser ANNA = new AuthenticatedUser(1, "anna", "Anna", Set.of("CUSTOMER"), 7L, false);

    /** The login sessions: tokens that log someone in; every touch is recorded. */
    static final class Sessions extends AuthenticationService {
        final Map<String, AuthenticatedUser> live = new HashMap<>();
        final List<String> touched = new ArrayList<>();

        @Override
        public Optional<AuthenticatedUser> resolveSession(String token) {
            return Optional.ofNullable(live.get(token));
        }

        @Override
        public void touch(String token) {
            touched.add(token);
        }
    }

    static final class Web implements LoginCookieCheck.WebSession {
        final Map<String, Object> attributes = new HashMap<>();
        int renewed;
        int ended;

        @Override
        public Object attribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void attribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void renewId() {
            renewed++;
        }

        @Override
        public void end() {
            ended++;
            attributes.clear();
        }
    }

    final Sessions sessions = new Sessions();
    final LoginCookieCheck check = new LoginCookieCheck();

    LoginCookieCheckTest() {
        check.auth = sessions;
        sessions.live.put("t1", ANNA);
    }

    @Test
    void aLiveTokenLogsInRenewsTheSessionIdOnceAndIsTouchedAtMostOnceAMinute() {
        Web web = new Web();
        assertEquals(Optional.of(ANNA), check.check("t1", web, 1_000));
        assertEquals(Optional.of(ANNA), check.check("t1", web, 30_000));
        assertEquals(List.of("t1"), sessions.touched);
        assertEquals(Optional.of(ANNA), check.check("t1", web, 61_001));
        assertEquals(List.of("t1", "t1"), sessions.touched);
        assertEquals(1, web.renewed, "a new id only when the login is first seen in the session");
    }

    @Test
    void aRevokedTokenEndsTheWebSessionAtOnceEvenWithinTheMinute() {
        Web web = new Web();
        check.check("t1", web, 1_000);
        sessions.live.remove("t1");
        assertTrue(check.check("t1", web, 2_000).isEmpty());
        assertEquals(1, web.ended);
        assertTrue(web.attributes.isEmpty());
    }

    @Test
    void aLoginWaitingForItsSecondFactorKeepsItsWebSession() {
        Web web = new Web();
        web.attribute("mfa.page", "state");
        assertTrue(check.check("pending", web, 1_000).isEmpty());
        assertEquals(0, web.ended);
        assertEquals("state", web.attribute("mfa.page"));
    }

    @Test
    void noTokenLogsNobodyInAndTouchesNothing() {
        Web web = new Web();
        assertTrue(check.check(null, web, 1).isEmpty());
        assertTrue(check.check(" ", web, 1).isEmpty());
        assertTrue(sessions.touched.isEmpty());
        assertEquals(0, web.ended);
    }

    @Test
    void forgettingTheCheckMakesTheNextRequestCheckAgain() {
        Web web = new Web();
        check.check("t1", web, 1_000);
        LoginCookieCheck.forget(web);
        check.check("t1", web, 2_000);
        assertEquals(List.of("t1", "t1"), sessions.touched);
    }
}
