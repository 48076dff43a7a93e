package io.suanli.web.portal.view.account;

import io.suanli.core.identity.application.PasswordService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.web.portal.security.PortalAuthenticationMechanism;
import io.suanli.web.portal.security.SessionCookie;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.UserBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ResourceBundle;

/** {@code /account/password.xhtml}: change one's own password (required when it has expired). */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    PasswordService passwords;

    @Inject
    LocaleBean lang;

    @Inject
    HttpServletRequest request;

    private SecurityPolicy rules;
    private String current;
    private String next;
    private String repeated;
    private boolean changed;

    @PostConstruct
    void init() {
        rules = passwords.rules();
    }

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            passwords.changeOwn(chars(current), chars(next), chars(repeated), SessionCookie.read(request));
            changed = true;
            PortalAuthenticationMechanism.forgetCheckedLogin(request);
            String text = ResourceBundle.getBundle("io.suanli.web.portal.messages", lang.getLocale()).getString("password.changed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        } catch (SuanliException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(lang.getLocale(), e), null));
        } finally {
            current = null;
            next = null;
            repeated = null;
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getConsoleUrl() {
        return UserBean.consoleOf(request);
    }

    public SecurityPolicy getRules() {
        return rules;
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
