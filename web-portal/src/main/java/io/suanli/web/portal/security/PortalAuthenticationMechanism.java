package io.suanli.web.portal.security;

import io.suanli.core.identity.application.AuthenticatedUser;
import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.shared.domain.AuthenticationFailedException;
import io.suanli.web.portal.api.ApiErrors;
import io.suanli.core.shared.application.RealTime;
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
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How the portal (and the REST API under /api) knows who is calling: a {@code Bearer} JWT on the API, or the
 * login cookie shared with the console. The login cookie is checked against the login-session table on every
 * request (its last-seen time is written at most once a minute), so a logout or password change anywhere ends it
 * everywhere at once.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CACHE = "suanli.login";
    /** Request attribute holding the {@link AuthenticatedUser} of a cookie login. */
    public static final String USER = "suanli.user";
    private static final long RECHECK_MILLIS = Duration.ofMinutes(1).toMillis();

    @Inject
    RealTime time;

    @Inject
    AuthenticationService auth;

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
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CACHE);
        }
    }

    /** With an expired password only the password page, its resources and logout are open. */
    private static boolean mayOpenWithExpiredPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account/password.xhtml") || path.equals("/logout") || path.equals("/logout.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/");
    }

    private AuthenticatedUser fromLoginCookie(HttpServletRequest request) {
        String token = SessionCookie.read(request);
        if (token == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        AuthenticatedUser user = auth.resolveSession(token).orElse(null);
        if (user == null) {
            if (session != null) {
                session.removeAttribute(CACHE);
            }
            return null;
        }
        long now = time.millis();
        if (session != null && session.getAttribute(CACHE) instanceof Checked c && c.token.equals(token)
                && now - c.at < RECHECK_MILLIS) {
            return user;
        }
        auth.touch(token);
        if (session != null && session.getAttribute(CACHE) == null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(CACHE, new Checked(token, user, now));
        return user;
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

    /** When the login cookie's session was last marked as seen. */
    record Checked(String token, AuthenticatedUser user, long at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
