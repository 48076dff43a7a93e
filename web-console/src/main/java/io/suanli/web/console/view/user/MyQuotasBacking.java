package io.suanli.web.console.view.user;

import io.suanli.core.quota.application.QuotaService;
import io.suanli.core.quota.application.QuotaView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /console/user/quotas.xhtml}: what the customer may have and how much is used (O3, U2). */
@Named
@RequestScoped
public class MyQuotasBacking {

    @Inject
    QuotaService quotas;

    private List<QuotaView> rows;

    @PostConstruct
    void load() {
        rows = quotas.mine();
    }

    /** Used share in percent, for the bar; a zero limit counts as full. */
    public int percent(QuotaView q) {
        return q.limit() == 0 ? 100 : (int) Math.min(100, q.used() * 100 / q.limit());
    }

    public List<QuotaView> getRows() { return rows; }
}
