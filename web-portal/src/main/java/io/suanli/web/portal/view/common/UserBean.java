package io.suanli.web.portal.view.common;

import io.suanli.core.identity.application.AuthenticatedUser;
import io.suanli.core.shared.domain.Roles;
import io.suanli.web.portal.security.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;
import java.util.stream.Collectors;

/** Who is looking at the page, and where their console is. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        return isLoggedIn() ? request.getUserPrincipal().getName() : "";
    }

    public boolean isPasswordExpired() {
        return request.getAttribute(PortalAuthenticationMechanism.USER) instanceof AuthenticatedUser u && u.passwordExpired();
    }

    /** The anti-forgery value of the logout form (it is a POST; see {@code LogoutServlet}). */
    public String getLogoutProof() {
        return io.suanli.core.identity.application.AuthenticationService.formProof(
                io.suanli.web.portal.security.SessionCookie.read(request));
    }

    public String getConsoleUrl() {
        return consoleOf(request);
    }

    /** The console a user lands in after login, by role. */
    public static String consoleOf(HttpServletRequest request) {
        return consoleFor(Roles.ALL.stream().filter(request::isUserInRole).collect(Collectors.toSet()));
    }

    public static String consoleFor(Set<String> roles) {
        if (roles.contains(Roles.SYS_ADMIN)) {
            return "/console/system/";
        }
        if (roles.stream().anyMatch(Roles.OPERATIONS::contains)) {
            return "/console/ops/";
        }
        return "/console/user/";
    }
}
