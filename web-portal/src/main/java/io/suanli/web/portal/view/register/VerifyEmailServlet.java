package io.suanli.web.portal.view.register;

import io.suanli.core.identity.application.RegistrationService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /verify-email?token=…}: the link of the verification mail; then the result page. */
@WebServlet("/verify-email")
public class VerifyEmailServlet extends HttpServlet {

    @Inject
    RegistrationService registration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ok = registration.verifyEmail(request.getParameter("token"));
        response.sendRedirect(request.getContextPath() + "/email-verified.xhtml?ok=" + ok);
    }
}
