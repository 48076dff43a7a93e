package io.suanli.web.console.view.user;

import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.VerificationView;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serial;
import java.io.Serializable;
import java.util.ResourceBundle;

/** {@code /console/user/verification.xhtml}: real-name verification of the customer (U1). */
@Named
@ViewScoped
public class VerificationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RealNameVerificationService verifications;

    @Inject
    transient MeService meService;

    @Inject
    transient ConsoleBean console;

    private VerificationView current;
    private boolean verified;
    private boolean enterprise;
    private String name;
    private String idNumber;
    private String creditCode;
    private String legalRepName;
    private Long licenceFileId;
    private String licenceFileName;

    @PostConstruct
    void load() {
        current = verifications.mine().orElse(null);
        verified = verifications.myCustomerVerified();
        enterprise = meService.myCustomerType().map("ENTERPRISE"::equals).orElse(false);
    }

    public void upload(FileUploadEvent event) {
        try {
            licenceFileId = verifications.upload(event.getFile().getFileName(), event.getFile().getContent());
            licenceFileName = event.getFile().getFileName();
            message(FacesMessage.SEVERITY_INFO, text("verification.uploaded"));
        } catch (SuanliException e) {
            message(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e));
        }
    }

    public void submit() {
        try {
            current = enterprise
                    ? verifications.submitEnterprise(name, creditCode, legalRepName, idNumber, licenceFileId)
                    : verifications.submitPersonal(name, idNumber);
            idNumber = null;
            message(FacesMessage.SEVERITY_INFO, text("verification.submitted"));
        } catch (SuanliException e) {
            message(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e));
        }
    }

    /** The form is open when nothing is pending or approved. */
    public boolean isFormOpen() {
        return !verified && (current == null || "REJECTED".equals(current.status()));
    }

    private String text(String key) {
        return ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale()).getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public VerificationView getCurrent() { return current; }
    public boolean isVerified() { return verified; }
    public boolean isEnterprise() { return enterprise; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public String getLegalRepName() { return legalRepName; }
    public void setLegalRepName(String v) { legalRepName = v; }
    public Long getLicenceFileId() { return licenceFileId; }
    public String getLicenceFileName() { return licenceFileName; }
}
