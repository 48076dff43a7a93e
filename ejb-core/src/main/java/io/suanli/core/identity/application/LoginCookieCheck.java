package io.suanli.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * The one check of the login cookie that both WARs' authentication mechanisms adapt (one login for portal and
 * console): the cookie's token is resolved against the login-session table on every request, so a logout or a
 * password change anywhere ends it everywhere at once; its last-seen time is written at most once a minute; the web
 * session's id changes when a login is first seen in it; a token that no longer logs anybody in ends the web session
 * it was seen in (a login waiting for its second factor, never seen logged in, keeps its session and pages).
 */
@ApplicationScoped
public class LoginCookieCheck {

    /** The login cookie (path "/", HttpOnly, SameSite=Lax, Secure over HTTPS), set by the portal's login page. */
    public static final String COOKIE = "SUANLI_LOGIN";

    /** Web-session attribute holding the last check. */
    static final String CHECKED = "suanli.login";

    static final long RECHECK_MILLIS = 60_000;

    /** What the check needs of a web session, without web types. */
    public interface WebSession {

        /** An attribute of the current session, or null (also when there is no session). */
        Object attribute(String name);

        /** Sets an attribute, creating the session if needed. */
        void attribute(String name, Object value);

        /** Gives an existing session a new id (a login first seen in it), keeping its attributes. */
        void renewId();

        /** Ends the current session, if there is one. */
        void end();
    }

    @Inject
    AuthenticationService auth;

    /** The user of the login cookie's token, or empty (no token, or one that no longer logs anybody in). */
    public Optional<AuthenticatedUser> check(String token, WebSession session, long nowMillis) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<AuthenticatedUser> user = auth.resolveSession(token);
        Object last = session.attribute(CHECKED);
        if (user.isEmpty()) {
            if (last != null) { // a login of this web session was ended (logout elsewhere, password change, revoked)
                session.end();
            }
            return user; // else a login still waiting for its second factor, whose pages live in this session
        }
        if (last instanceof Checked c && c.token().equals(token) && nowMillis - c.at() < RECHECK_MILLIS) {
            return user;
        }
        auth.touch(token);
        if (last == null) {
            session.renewId();
        }
        session.attribute(CHECKED, new Checked(token, nowMillis));
        return user;
    }

    /** The next request checks the login again at once (e.g. after a password change). */
    public static void forget(WebSession session) {
        session.attribute(CHECKED, null);
    }

    /** When the token was last marked as seen in this web session. */
    record Checked(String token, long at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
