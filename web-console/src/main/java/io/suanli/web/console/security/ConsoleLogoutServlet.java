package io.suanli.web.console.security;

import io.suanli.core.identity.application.AuthenticationService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code POST /console/logout}: ends the login everywhere at once (the same as the portal's logout), ends the
 * console session and clears the login cookie. It needs the login's form proof; a {@code GET} changes nothing and
 * goes to the portal's confirmation page.
 */
@WebServlet("/logout")
public class ConsoleLogoutServlet extends HttpServlet {

    @Inject
    AuthenticationService auth;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(ConsoleAuthenticationMechanism.cookie(request) == null ? "/" : "/logout.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = ConsoleAuthenticationMechanism.cookie(request);
        if (token != null && !AuthenticationService.formProofMatches(token, request.getParameter("proof"))) {
            response.sendRedirect("/logout.xhtml");
            return;
        }
        if (token != null) {
            auth.logout(token);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Cookie c = new Cookie(io.suanli.core.identity.application.LoginCookieCheck.COOKIE, "");
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSecure(request.isSecure() || io.suanli.core.shared.application.TransportSecurity.httpsPublicUrl());
        c.setMaxAge(0);
        c.setAttribute("SameSite", "Lax");
        response.addCookie(c);
        response.sendRedirect("/");
    }
}
