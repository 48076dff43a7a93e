package io.suanli.web.portal.view.login;

import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.identity.application.LoginOutcome;
import io.suanli.core.shared.application.Messages;
import io.suanli.web.portal.security.SessionCookie;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.UserBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code /login}: username and password (and the image captcha when the security policy asks for it), then on to
 * the page asked for, the password page when the password has expired, or the user's console.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String FAILURES = "suanli.loginFailures";
    static final String SHOW_CAPTCHA = "suanli.showCaptcha";

    @Inject
    AuthenticationService auth;

    @Inject
    LocaleBean lang;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private String captcha;
    private String next;
    private boolean captchaShown;
    private String registered;

    @PostConstruct
    void init() {
        HttpSession session = request.getSession(false);
        captchaShown = auth.captchaRequired(null, failures(session))
                || session != null && Boolean.TRUE.equals(session.getAttribute(SHOW_CAPTCHA));
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        HttpSession session = request.getSession();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;

        boolean needed = auth.captchaRequired(username, failures(session));
        boolean passed = false;
        if (needed) {
            if (captcha == null || captcha.isBlank()) {
                session.setAttribute(SHOW_CAPTCHA, true);
                captchaShown = true;
                error(faces, "auth.captchaRequired");
                return;
            }
            passed = CaptchaServlet.check(session, captcha);
            captcha = null;
            if (!passed) {
                session.setAttribute(SHOW_CAPTCHA, true);
                captchaShown = true;
                error(faces, "auth.captchaWrong");
                return;
            }
        }
        LoginOutcome outcome = auth.login(username, secret, passed);
        if (!outcome.succeeded()) {
            session.setAttribute(FAILURES, failures(session) + 1);
            if ("auth.captchaRequired".equals(outcome.failureKey()) || auth.captchaRequired(username, failures(session))) {
                session.setAttribute(SHOW_CAPTCHA, true);
                captchaShown = true;
            }
            error(faces, outcome.failureKey(), outcome.failureArgs());
            return;
        }
        session.removeAttribute(FAILURES);
        session.removeAttribute(SHOW_CAPTCHA);
        request.changeSessionId();
        SessionCookie.write(request, response, outcome.sessionToken());
        if (outcome.secondFactorRequired()) {
            String target = request.getContextPath() + "/login-mfa.xhtml";
            if (next != null && !next.isBlank()) {
                target += "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
            }
            ext.redirect(target);
            return;
        }
        if (outcome.passwordExpired()) {
            ext.redirect(request.getContextPath() + "/account/password.xhtml");
            return;
        }
        ext.redirect(safeNext(next, UserBean.consoleFor(outcome.user().roles())));
    }

    private void error(FacesContext faces, String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(lang.getLocale(), key, args), null));
    }

    private static int failures(HttpSession session) {
        return session != null && session.getAttribute(FAILURES) instanceof Integer i ? i : 0;
    }

    /**
     * Only local paths are followed after login (no open redirect), and only as printable ASCII (a browser sends
     * anything else percent-encoded): a {@code Location} header never carries raw bytes or control characters.
     */
    static String safeNext(String next, String fallback) {
        if (next == null || next.isBlank() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.startsWith("/login") || !next.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return fallback;
        }
        return next;
    }

    /** Keeps the browser from showing a cached captcha image. */
    public long getNonce() {
        return System.nanoTime();
    }

    public String getRegistered() {
        return registered;
    }

    public void setRegistered(String registered) {
        this.registered = registered;
        if (username == null && registered != null && registered.matches("[a-zA-Z][a-zA-Z0-9_]{3,31}")) {
            username = registered;
        }
    }

    public boolean isCaptchaShown() {
        return captchaShown;
    }

    public String getCaptcha() {
        return captcha;
    }

    public void setCaptcha(String captcha) {
        this.captcha = captcha;
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
