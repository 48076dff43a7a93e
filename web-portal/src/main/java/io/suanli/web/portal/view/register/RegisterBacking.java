package io.suanli.web.portal.view.register;

import io.suanli.core.identity.application.RegistrationForm;
import io.suanli.core.identity.application.RegistrationService;
import io.suanli.core.identity.application.VerificationCodeService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** {@code /register.xhtml}: enterprise or personal sign-up with an SMS code, an e-mail address and the terms. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationService registration;

    @Inject
    transient VerificationCodeService codes;

    @Inject
    transient LocaleBean lang;

    private String type = "ENTERPRISE";
    private String name;
    private String username;
    private String password;
    private String mobile;
    private String smsCode;
    private String email;
    private String inviteCode;
    private String province;
    private boolean termsAccepted;

    public void sendCode() {
        try {
            codes.sendRegistrationCode(mobile);
            PortalMessages.info(lang.getLocale(), "register.codeSent");
        } catch (SuanliException e) {
            PortalMessages.error(lang.getLocale(), e);
        }
    }

    public void register() throws IOException {
        try {
            String user = registration.register(new RegistrationForm(type, name, username,
                    password == null ? new char[0] : password.toCharArray(), mobile, smsCode, email, inviteCode,
                    province, null, termsAccepted, lang.getLocale()));
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/login?registered=" + user);
        } catch (SuanliException e) {
            PortalMessages.error(lang.getLocale(), e);
        } finally {
            password = null;
        }
    }

    /** The provinces to choose from, named in the page's language. */
    public java.util.List<jakarta.faces.model.SelectItem> getProvinces() {
        return io.suanli.core.identity.application.Provinces.ALL.stream()
                .map(p -> new jakarta.faces.model.SelectItem(p.code(), p.name(lang.getLocale()))).toList();
    }

    public boolean isEnterprise() {
        return "ENTERPRISE".equals(type);
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getSmsCode() { return smsCode; }
    public void setSmsCode(String v) { smsCode = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getInviteCode() { return inviteCode; }
    public void setInviteCode(String v) { inviteCode = v; }
    public String getProvince() { return province; }
    public void setProvince(String v) { province = v; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean v) { termsAccepted = v; }
}
