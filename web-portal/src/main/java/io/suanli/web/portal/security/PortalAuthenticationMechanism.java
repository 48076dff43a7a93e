package io.suanli.web.portal.security;

import io.suanli.core.identity.application.AuthenticatedUser;
import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.identity.application.LoginCookieCheck;
import io.suanli.core.shared.application.RealTime;
import io.suanli.core.shared.domain.AuthenticationFailedException;
import io.suanli.web.portal.api.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the portal (and the REST API under /api) knows who is calling: a {@code Bearer} JWT on the API, or the
 * login cookie shared with the console, checked by {@link LoginCookieCheck} exactly as the console checks it.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link AuthenticatedUser} of a cookie login. */
    public static final String USER = "suanli.user";

    @Inject
    AuthenticationService auth;

    @Inject
    LoginCookieCheck check;

    @Inject
    RealTime time;

    @Inject
    ApiErrors errors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                AuthenticatedUser user = auth.verifyToken(header.substring(7).trim());
                return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), user.roles());
            } catch (AuthenticationFailedException e) {
                return refuse(request, response, e.key());
            }
        }
        AuthenticatedUser user = fromLoginCookie(request);
        if (user != null) {
            request.setAttribute(USER, user);
            if (user.passwordExpired() && !mayOpenWithExpiredPassword(request)) {
                return context.redirect(request.getContextPath() + "/account/password.xhtml");
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), user.roles());
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return refuse(request, response, "auth.required");
            }
            return context.redirect("/login?next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** After a password change the next request checks the login again (the password is no longer expired). */
    public static void forgetCheckedLogin(HttpServletRequest request) {
        LoginCookieCheck.forget(new WebSession(request));
    }

    /** With an expired password only the password page, its resources and logout are open. */
    private static boolean mayOpenWithExpiredPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account/password.xhtml") || path.equals("/logout") || path.equals("/logout.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/");
    }

    private AuthenticatedUser fromLoginCookie(HttpServletRequest request) {
        return check.check(SessionCookie.read(request), new WebSession(request), time.millis()).orElse(null);
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String key) {
        try {
            errors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, key);
            response.flushBuffer(); // committed: the container adds no error page of its own
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
