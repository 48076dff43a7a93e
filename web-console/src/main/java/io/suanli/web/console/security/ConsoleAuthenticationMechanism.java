package io.suanli.web.console.security;

import io.suanli.core.identity.application.AuthenticatedUser;
import io.suanli.core.identity.application.LoginCookieCheck;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The console trusts the login cookie set by the portal's login page (one login for portal and console), checked by
 * {@link LoginCookieCheck} as the portal checks it; without a valid one, protected pages send the browser to
 * {@code /login} and back.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    LoginCookieCheck check;

    @Inject
    RealTime time;

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
        return check.check(cookie(request), new WebSession(request), time.millis()).orElse(null);
    }

    /** The login cookie's token, or null. */
    public static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LoginCookieCheck.COOKIE.equals(c.getName()) && !c.getValue().isBlank()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The servlet session as the login check sees it. */
    record WebSession(HttpServletRequest request) implements LoginCookieCheck.WebSession {
        @Override
        public Object attribute(String name) {
            HttpSession s = request.getSession(false);
            return s == null ? null : s.getAttribute(name);
        }

        @Override
        public void attribute(String name, Object value) {
            if (value != null) {
                request.getSession().setAttribute(name, value);
            } else if (request.getSession(false) != null) {
                request.getSession(false).removeAttribute(name);
            }
        }

        @Override
        public void renewId() {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
        }

        @Override
        public void end() {
            HttpSession s = request.getSession(false);
            if (s != null) {
                s.invalidate();
            }
        }
    }
}
