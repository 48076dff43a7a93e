package io.suanli.web.portal.view.login;

import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.identity.application.LoginOutcome;
import io.suanli.core.shared.application.Messages;
import io.suanli.web.portal.security.SessionCookie;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.UserBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /login}: username and password, then on to the page asked for or the user's console. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    AuthenticationService auth;

    @Inject
    LocaleBean lang;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        LoginOutcome outcome = auth.login(username, password == null ? new char[0] : password.toCharArray());
        password = null;
        if (!outcome.succeeded()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(lang.getLocale(), outcome.failureKey()), null));
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SessionCookie.write(request, response, outcome.sessionToken());
        ext.redirect(safeNext(next, UserBean.consoleFor(outcome.user().roles())));
    }

    /** Only local paths are followed after login (no open redirect). */
    static String safeNext(String next, String fallback) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login") || next.contains("\r") || next.contains("\n")) {
            return fallback;
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
