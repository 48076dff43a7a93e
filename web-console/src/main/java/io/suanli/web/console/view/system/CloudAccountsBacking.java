package io.suanli.web.console.view.system;

import io.suanli.core.system.application.CloudAccountInput;
import io.suanli.core.system.application.CloudAccountService;
import io.suanli.core.system.application.CloudAccountView;
import io.suanli.core.system.application.ConnectionTest;
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

/**
 * {@code /console/system/cloud-accounts.xhtml}: HCSO / Huawei Cloud accounts (S5) — endpoints per account, the secret
 * key entered once and never shown again, and a connection test that really calls the account.
 */
@Named
@ViewScoped
public class CloudAccountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient CloudAccountService accounts;

    @Inject
    transient ConsoleBean console;

    private List<CloudAccountView> rows;
    private String code;
    private String name;
    private String accessKey;
    private String secretKey;
    private String projectId;
    private String region;
    private String iamEndpoint;
    private String modelArtsEndpoint;
    private String obsEndpoint;
    private String cesEndpoint;
    private boolean enabled = true;

    @PostConstruct
    void load() {
        rows = accounts.list();
    }

    /** Fills the form with an account to change it (the secret key stays empty: blank keeps the stored one). */
    public void edit(CloudAccountView a) {
        code = a.code();
        name = a.name();
        accessKey = null;
        secretKey = null;
        projectId = a.projectId();
        region = a.region();
        iamEndpoint = a.iamEndpoint();
        modelArtsEndpoint = a.modelArtsEndpoint();
        obsEndpoint = a.obsEndpoint();
        cesEndpoint = a.cesEndpoint();
        enabled = a.enabled();
    }

    public void save() {
        if (console.act(() -> accounts.save(code, new CloudAccountInput(name, accessKey, secretKey, projectId, region, iamEndpoint,
                modelArtsEndpoint, obsEndpoint, cesEndpoint, enabled)), "cloud.saved")) {
            secretKey = null;
            rows = accounts.list();
        }
    }

    public void test(String account) {
        ConnectionTest[] c = new ConnectionTest[1];
        if (console.act(() -> c[0] = accounts.test(account), null)) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(c[0].ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                    console.text(c[0].ok() ? "cloud.testOk" : "cloud.testFailed") + " " + (c[0].code() == null ? "" : c[0].code() + " ")
                            + c[0].reason(), null));
        }
    }

    public List<CloudAccountView> getRows() { return rows; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAccessKey() { return accessKey; }
    public void setAccessKey(String v) { accessKey = v; }
    public String getSecretKey() { return secretKey; }
    public void setSecretKey(String v) { secretKey = v; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String v) { projectId = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getIamEndpoint() { return iamEndpoint; }
    public void setIamEndpoint(String v) { iamEndpoint = v; }
    public String getModelArtsEndpoint() { return modelArtsEndpoint; }
    public void setModelArtsEndpoint(String v) { modelArtsEndpoint = v; }
    public String getObsEndpoint() { return obsEndpoint; }
    public void setObsEndpoint(String v) { obsEndpoint = v; }
    public String getCesEndpoint() { return cesEndpoint; }
    public void setCesEndpoint(String v) { cesEndpoint = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
}
