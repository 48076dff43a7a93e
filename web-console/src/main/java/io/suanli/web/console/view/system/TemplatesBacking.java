package io.suanli.web.console.view.system;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.MessageAdminService;
import io.suanli.core.system.application.TemplateView;
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

/** {@code /console/system/templates.xhtml}: message templates (SMS, e-mail, in-app) with variables and a live preview. */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient MessageAdminService admin;

    @Inject
    transient ConsoleBean console;

    private List<TemplateView> templates;
    private TemplateView selected;
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        templates = admin.templates();
    }

    public void edit(TemplateView t) {
        selected = t;
        subject = t.subject();
        body = t.body();
    }

    public void save() {
        try {
            admin.updateTemplate(selected.code(), selected.channel(), selected.locale(), subject, body);
            templates = admin.templates();
            String text = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale()).getString("templates.saved");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        } catch (SuanliException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
        }
    }

    public String getPreview() {
        return admin.preview(body);
    }

    public List<TemplateView> getTemplates() { return templates; }
    public TemplateView getSelected() { return selected; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
}
