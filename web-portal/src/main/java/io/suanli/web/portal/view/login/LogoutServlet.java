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

/**
 * {@code POST /logout}: ends the login session everywhere (portal and console) at once, then back to the home
 * page. The form sends the login's {@link AuthenticationService#formProof form proof}, so another site cannot log
 * a user out; a {@code GET} changes nothing and shows the confirmation page with that form.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    AuthenticationService auth;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SessionCookie.read(request) == null) {
            response.sendRedirect(request.getContextPath() + "/");
        } else {
            response.sendRedirect(request.getContextPath() + "/logout.xhtml");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = SessionCookie.read(request);
        if (token != null && !AuthenticationService.formProofMatches(token, request.getParameter("proof"))) {
            response.sendRedirect(request.getContextPath() + "/logout.xhtml");
            return;
        }
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
}
