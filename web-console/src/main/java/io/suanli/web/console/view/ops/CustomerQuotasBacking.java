package io.suanli.web.console.view.ops;

import io.suanli.core.quota.application.QuotaService;
import io.suanli.core.quota.application.QuotaView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/ops/quotas.xhtml?customerId=…}: one customer's quotas and operations' overrides (O3). */
@Named
@ViewScoped
public class CustomerQuotasBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotaService quotas;

    @Inject
    transient ConsoleBean console;

    private Long customerId;
    private List<QuotaView> rows = List.of();
    private final Map<String, Integer> overrides = new HashMap<>();

    public void load() {
        rows = List.of();
        overrides.clear();
        if (customerId != null) {
            console.act(() -> rows = quotas.customerQuotas(customerId), null);
            rows.forEach(q -> overrides.put(q.code(), q.override()));
        }
    }

    /** Saves the override of one quota; an empty value removes it, so the platform default applies again. */
    public void save(QuotaView q) {
        Integer limit = overrides.get(q.code());
        if (console.act(() -> quotas.setOverride(customerId, q.code(), limit), "quota.saved")) {
            load();
        }
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public List<QuotaView> getRows() { return rows; }
    public Map<String, Integer> getOverrides() { return overrides; }
}
