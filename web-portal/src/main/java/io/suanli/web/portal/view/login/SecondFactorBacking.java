package io.suanli.web.portal.view.login;

import io.suanli.core.identity.application.LoginOutcome;
import io.suanli.core.identity.application.SecondFactorChallenge;
import io.suanli.core.identity.application.SecondFactorService;
import io.suanli.core.shared.application.Messages;
import io.suanli.web.portal.security.SessionCookie;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.UserBean;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /login-mfa.xhtml}: the second step of a login — the code of the authenticator app, or at the first
 * login the enrolment (QR code and secret) followed by the ten recovery codes, shown once.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactorService secondFactor;

    @Inject
    transient LocaleBean lang;

    private SecondFactorChallenge challenge;
    private String code;
    private String next;
    private List<String> recoveryCodes = List.of();
    private String landing;

    /** Loads the waiting login, or sends the browser back to the login page. */
    public void load() throws IOException {
        if (challenge != null || !recoveryCodes.isEmpty()) {
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        challenge = secondFactor.challenge(SessionCookie.read(request)).orElse(null);
        if (challenge == null) {
            ext.redirect(request.getContextPath() + "/login");
        }
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        LoginOutcome outcome = secondFactor.completeSecondFactor(SessionCookie.read(request), code);
        code = null;
        if (!outcome.succeeded()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(lang.getLocale(), outcome.failureKey(), outcome.failureArgs()), null));
            if ("auth.secondFactorExpired".equals(outcome.failureKey()) || "auth.locked".equals(outcome.failureKey())) {
                challenge = null;
            }
            return;
        }
        request.changeSessionId();
        landing = outcome.passwordExpired() ? request.getContextPath() + "/account/password.xhtml"
                : LoginBacking.safeNext(next, UserBean.consoleFor(outcome.user().roles()));
        if (!outcome.recoveryCodes().isEmpty()) {
            recoveryCodes = outcome.recoveryCodes();
            challenge = null;
            return;
        }
        ext.redirect(landing);
    }

    /** The alternative to the app: a code by SMS to the registered mobile. */
    public void sendSms() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            boolean sent = secondFactor.sendSmsCode(SessionCookie.read(request));
            if (sent) {
                io.suanli.web.portal.view.common.PortalMessages.info(lang.getLocale(), "mfa.smsSent");
            } else {
                io.suanli.web.portal.view.common.PortalMessages.info(lang.getLocale(), "mfa.noMobile");
            }
        } catch (io.suanli.core.shared.domain.SuanliException e) {
            io.suanli.web.portal.view.common.PortalMessages.error(lang.getLocale(), e);
        }
    }

    public String getQrSvg() {
        return challenge == null || challenge.otpauthUri() == null ? "" : io.suanli.core.shared.application.QrSvg.of(challenge.otpauthUri());
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getSecretGroups() {
        return challenge == null || challenge.secret() == null ? "" : challenge.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactorChallenge getChallenge() {
        return challenge;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getLanding() {
        return landing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
