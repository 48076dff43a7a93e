package io.suanli.web.console.view.system;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.AuditLogService;
import io.suanli.core.system.application.OemSettings;
import io.suanli.core.system.application.SettingsService;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/** {@code /console/system/}: OEM branding (applied at once, no redeploy) and the latest audit events. */
@Named
@ViewScoped
public class SystemHomeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SettingsService settings;

    @Inject
    transient AuditLogService auditLog;

    @Inject
    transient ConsoleBean console;

    private String systemNameZh;
    private String systemNameEn;
    private String copyright;
    private List<AuditRecord> latest;

    @PostConstruct
    void load() {
        OemSettings oem = settings.oem();
        systemNameZh = oem.systemNameZh();
        systemNameEn = oem.systemNameEn();
        copyright = oem.copyright();
        latest = console.may("system.audit.view") ? auditLog.latest(20) : List.of();
    }

    public void saveOem() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            settings.updateOem(systemNameZh, systemNameEn, copyright);
            String text = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale())
                    .getString("system.oem.saved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            latest = console.may("system.audit.view") ? auditLog.latest(20) : List.of();
        } catch (SuanliException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
        }
    }

    public void uploadLogo(org.primefaces.event.FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            settings.updateLogo(event.getFile().getContent());
            String text = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale()).getString("system.oem.logoSaved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        } catch (SuanliException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
        }
    }

    public String getSystemNameZh() {
        return systemNameZh;
    }

    public void setSystemNameZh(String systemNameZh) {
        this.systemNameZh = systemNameZh;
    }

    public String getSystemNameEn() {
        return systemNameEn;
    }

    public void setSystemNameEn(String systemNameEn) {
        this.systemNameEn = systemNameEn;
    }

    public String getCopyright() {
        return copyright;
    }

    public void setCopyright(String copyright) {
        this.copyright = copyright;
    }

    public List<AuditRecord> getLatest() {
        return latest;
    }
}
