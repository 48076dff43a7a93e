package io.suanli.web.portal.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login cookie shared by the portal and the console (path "/"): HttpOnly, SameSite=Lax, Secure over HTTPS
 * (the request's, or an HTTPS public URL with TLS ending at a proxy).
 */
public final class SessionCookie {

    public static final String NAME = io.suanli.core.identity.application.LoginCookieCheck.COOKIE;

    private SessionCookie() {
    }

    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (NAME.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return null;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, -1));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie c = new Cookie(NAME, value);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSecure(request.isSecure() || io.suanli.core.shared.application.TransportSecurity.httpsPublicUrl());
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Lax");
        return c;
    }
}
