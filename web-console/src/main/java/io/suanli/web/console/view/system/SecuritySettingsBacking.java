package io.suanli.web.console.view.system;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ResourceBundle;

/** {@code /console/system/security.xhtml}: the security settings (S2); a change applies to the next login. */
@Named
@ViewScoped
public class SecuritySettingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityPolicyService policies;

    @Inject
    transient ConsoleBean console;

    private int passwordMinLength;
    private int passwordMinClasses;
    private int passwordExpiryDays;
    private SecurityPolicy.CaptchaMode captchaMode;
    private int captchaAfterFailures;
    private int lockoutThreshold;
    private int lockoutMinutes;
    private int registrationValidityDays;
    private int concurrentLoginLimit;
    private SecurityPolicy.ConcurrentLoginPolicy concurrentLoginPolicy;
    private boolean mfaStaffRequired;
    private boolean mfaCustomerRequired;

    @PostConstruct
    void load() {
        show(policies.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(policies.update(new SecurityPolicy(passwordMinLength, passwordMinClasses, passwordExpiryDays, captchaMode,
                    captchaAfterFailures, lockoutThreshold, lockoutMinutes, registrationValidityDays, concurrentLoginLimit,
                    concurrentLoginPolicy, mfaStaffRequired, mfaCustomerRequired)));
            String text = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale())
                    .getString("security.saved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        } catch (SuanliException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
        }
    }

    private void show(SecurityPolicy p) {
        passwordMinLength = p.passwordMinLength();
        passwordMinClasses = p.passwordMinClasses();
        passwordExpiryDays = p.passwordExpiryDays();
        captchaMode = p.captchaMode();
        captchaAfterFailures = p.captchaAfterFailures();
        lockoutThreshold = p.lockoutThreshold();
        lockoutMinutes = p.lockoutMinutes();
        registrationValidityDays = p.registrationValidityDays();
        concurrentLoginLimit = p.concurrentLoginLimit();
        concurrentLoginPolicy = p.concurrentLoginPolicy();
        mfaStaffRequired = p.mfaStaffRequired();
        mfaCustomerRequired = p.mfaCustomerRequired();
    }

    public SecurityPolicy.CaptchaMode[] getCaptchaModes() {
        return SecurityPolicy.CaptchaMode.values();
    }

    public SecurityPolicy.ConcurrentLoginPolicy[] getConcurrentLoginPolicies() {
        return SecurityPolicy.ConcurrentLoginPolicy.values();
    }

    public int getPasswordMinLength() { return passwordMinLength; }
    public void setPasswordMinLength(int v) { passwordMinLength = v; }
    public int getPasswordMinClasses() { return passwordMinClasses; }
    public void setPasswordMinClasses(int v) { passwordMinClasses = v; }
    public int getPasswordExpiryDays() { return passwordExpiryDays; }
    public void setPasswordExpiryDays(int v) { passwordExpiryDays = v; }
    public SecurityPolicy.CaptchaMode getCaptchaMode() { return captchaMode; }
    public void setCaptchaMode(SecurityPolicy.CaptchaMode v) { captchaMode = v; }
    public int getCaptchaAfterFailures() { return captchaAfterFailures; }
    public void setCaptchaAfterFailures(int v) { captchaAfterFailures = v; }
    public int getLockoutThreshold() { return lockoutThreshold; }
    public void setLockoutThreshold(int v) { lockoutThreshold = v; }
    public int getLockoutMinutes() { return lockoutMinutes; }
    public void setLockoutMinutes(int v) { lockoutMinutes = v; }
    public int getRegistrationValidityDays() { return registrationValidityDays; }
    public void setRegistrationValidityDays(int v) { registrationValidityDays = v; }
    public int getConcurrentLoginLimit() { return concurrentLoginLimit; }
    public void setConcurrentLoginLimit(int v) { concurrentLoginLimit = v; }
    public SecurityPolicy.ConcurrentLoginPolicy getConcurrentLoginPolicy() { return concurrentLoginPolicy; }
    public void setConcurrentLoginPolicy(SecurityPolicy.ConcurrentLoginPolicy v) { concurrentLoginPolicy = v; }
    public boolean isMfaStaffRequired() { return mfaStaffRequired; }
    public void setMfaStaffRequired(boolean v) { mfaStaffRequired = v; }
    public boolean isMfaCustomerRequired() { return mfaCustomerRequired; }
    public void setMfaCustomerRequired(boolean v) { mfaCustomerRequired = v; }
}
