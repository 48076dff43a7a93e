package io.suanli.web.console.view.system;

import io.suanli.core.quota.application.QuotaService;
import io.suanli.core.quota.application.QuotaView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/system/quotas.xhtml}: platform-wide quota defaults (S4) and the instance quotas of specs. */
@Named
@ViewScoped
public class QuotaDefaultsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotaService quotas;

    @Inject
    transient ConsoleBean console;

    private List<QuotaView> rows;
    private final Map<String, Integer> defaults = new HashMap<>();
    private String specCode;
    private Integer specDefault = 10;

    @PostConstruct
    void load() {
        rows = quotas.definitions();
        defaults.clear();
        rows.forEach(q -> defaults.put(q.code(), q.defaultLimit()));
    }

    public void save(QuotaView q) {
        Integer limit = defaults.get(q.code());
        if (console.act(() -> quotas.setDefault(q.code(), limit), "quota.saved")) {
            load();
        }
    }

    public void defineSpecQuota() {
        if (console.act(() -> quotas.defineSpecQuota(specCode, specDefault), "quota.saved")) {
            specCode = null;
            load();
        }
    }

    public List<QuotaView> getRows() { return rows; }
    public Map<String, Integer> getDefaults() { return defaults; }
    public String getSpecCode() { return specCode; }
    public void setSpecCode(String v) { specCode = v; }
    public Integer getSpecDefault() { return specDefault; }
    public void setSpecDefault(Integer v) { specDefault = v; }
}
