package io.suanli.web.portal.view.reset;

import io.suanli.core.identity.application.PasswordResetService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /forgot-password.xhtml} and {@code /reset-password.xhtml?token=}: a new password by SMS code or e-mail link. */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    @Inject
    transient LocaleBean lang;

    private String username;
    private String channel = "SMS";
    private String code;
    private String password;
    private String token;
    private boolean sent;
    private boolean done;

    public void start() {
        try {
            resets.start(username, channel);
            sent = true;
            PortalMessages.info(lang.getLocale(), "EMAIL".equals(channel) ? "reset.linkSent" : "reset.codeSent");
        } catch (SuanliException e) {
            PortalMessages.error(lang.getLocale(), e);
        }
    }

    public void confirm() {
        try {
            char[] p = password == null ? new char[0] : password.toCharArray();
            if (token != null && !token.isBlank()) {
                resets.resetWithToken(token, p);
            } else {
                resets.resetWithCode(username, code, p);
            }
            done = true;
            PortalMessages.info(lang.getLocale(), "reset.done");
        } catch (SuanliException e) {
            PortalMessages.error(lang.getLocale(), e);
        } finally {
            password = null;
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public boolean isSent() { return sent; }
    public boolean isDone() { return done; }
}
