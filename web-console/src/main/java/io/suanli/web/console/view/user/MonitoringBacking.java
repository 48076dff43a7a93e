package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.MonitoringOverview;
import io.suanli.core.ordering.application.ResourceMonitoringService;
import io.suanli.core.ordering.domain.PoolKind;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.Charts;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /console/user/monitoring.xhtml} (资源监控, U9): instances opened by status, those being provisioned,
 * accumulated spend, and consumption per product type over a chosen period split into shared pool, dedicated pool and
 * other products.
 */
@Named
@ViewScoped
public class MonitoringBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceMonitoringService monitoring;

    @Inject
    transient ConsoleBean console;

    @Inject
    transient PlatformClock clock;

    private LocalDate from;
    private LocalDate to;
    private MonitoringOverview overview;

    @PostConstruct
    void init() {
        to = clock.today();
        from = to.withDayOfMonth(1);
        load();
    }

    /** Reads the overview for the chosen days; a wrong period is a message and keeps the previous overview. */
    public void load() {
        MonitoringOverview[] got = new MonitoringOverview[1];
        if (console.act(() -> got[0] = monitoring.overview(from, to), null)) {
            overview = got[0];
        }
    }

    /** The statuses worth a figure of their own, in life order. */
    public List<String> getStatuses() {
        return List.of("PROVISIONING", "ACTIVE", "ARREARS", "EXPIRED", "FROZEN", "RELEASED", "UNSUBSCRIBED");
    }

    public List<PoolKind> getKinds() {
        return List.of(PoolKind.values());
    }

    /** The split of the period's consumption as a doughnut chart; null when nothing was consumed. */
    public String getKindChart() {
        if (overview == null || !overview.spendVisible() || !overview.periodTotal().isPositive()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (PoolKind k : PoolKind.values()) {
            labels.add(console.text("monitoring.kind." + k.name()));
            amounts.add(overview.of(k).amount());
        }
        return Charts.doughnut(labels, amounts);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public MonitoringOverview getOverview() { return overview; }
}
