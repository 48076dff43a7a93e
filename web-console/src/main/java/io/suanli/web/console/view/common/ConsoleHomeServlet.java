package io.suanli.web.console.view.common;

import io.suanli.core.shared.domain.Roles;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /console/}: sends each user to the console area of their role. */
@WebServlet({"", "/home"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE,
        Roles.SALES, Roles.SYS_ADMIN}))
public class ConsoleHomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String area = request.isUserInRole(Roles.SYS_ADMIN) ? "system"
                : Roles.OPERATIONS.stream().anyMatch(request::isUserInRole) ? "ops" : "user";
        response.sendRedirect(request.getContextPath() + "/" + area + "/");
    }
}
