package io.suanli.web.console.security;

import io.suanli.core.identity.application.AuthenticatedUser;
import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.shared.application.RealTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The console trusts the login cookie set by the portal's login page (one login for portal and console).
 * The cookie is checked against the login-session table on every request (its last-seen time is written at most
 * once a minute), so a logout or password change anywhere ends it here at once; without a valid one, protected
 * pages send the browser to {@code /login} and back.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_COOKIE = "SUANLI_LOGIN";
    static final String CACHE = "suanli.login";
    private static final long RECHECK_MILLIS = 60_000;

    @Inject
    RealTime time;

    @Inject
    AuthenticationService auth;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        AuthenticatedUser user = fromLoginCookie(request);
        if (user != null) {
            if (user.passwordExpired()) {
                return context.redirect("/account/password.xhtml");
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), user.roles());
        }
        if (context.isProtected()) {
            String target = request.getRequestURI();
            return context.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticatedUser fromLoginCookie(HttpServletRequest request) {
        String token = cookie(request);
        if (token == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        AuthenticatedUser user = auth.resolveSession(token).orElse(null);
        if (user == null) {
            if (session != null) {
                session.invalidate();
            }
            return null;
        }
        long now = time.millis();
        if (session != null && session.getAttribute(CACHE) instanceof Checked c && c.token().equals(token)
                && now - c.at() < RECHECK_MILLIS) {
            return user;
        }
        auth.touch(token);
        if (session != null && session.getAttribute(CACHE) == null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(CACHE, new Checked(token, user, now));
        return user;
    }

    /** The login cookie's token, or null. */
    public static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LOGIN_COOKIE.equals(c.getName()) && !c.getValue().isBlank()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** When the login cookie's session was last marked as seen (the user is checked on every request). */
    record Checked(String token, AuthenticatedUser user, long at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
