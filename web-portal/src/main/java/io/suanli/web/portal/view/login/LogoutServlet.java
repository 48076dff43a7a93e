package io.suanli.web.portal.view.login;

import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.web.portal.security.SessionCookie;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** {@code /logout}: ends the login session everywhere (portal and console), then back to the home page. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    AuthenticationService auth;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = SessionCookie.read(request);
        if (token != null) {
            auth.logout(token);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SessionCookie.clear(request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
