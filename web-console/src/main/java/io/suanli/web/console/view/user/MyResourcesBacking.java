package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.ResourceService;
import io.suanli.core.ordering.application.ResourceView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /console/user/resources.xhtml}: the customer's resources (U7), with their expiry shown prominently. */
@Named
@ViewScoped
public class MyResourcesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final List<String> STATUSES = List.of("PROVISIONING", "ACTIVE", "ARREARS", "EXPIRED", "FROZEN", "RELEASED", "UNSUBSCRIBED");

    @Inject
    transient ResourceService resources;

    @Inject
    transient PlatformClock clock;

    private String status;
    private final PagedModel<ResourceView> rows = new PagedModel<>(page -> resources.mine(status, page[0], page[1]), r -> String.valueOf(r.id()));

    /** Days left until the end, null without an end. */
    public Long daysLeft(ResourceView r) {
        return r.daysLeft(clock.now());
    }

    /** Ends within 7 days (or ended): shown as a warning. */
    public boolean endingSoon(ResourceView r) {
        Long d = daysLeft(r);
        return d != null && d < 7 && ("ACTIVE".equals(r.status()) || "EXPIRED".equals(r.status()));
    }

    public PagedModel<ResourceView> getRows() { return rows; }
    public List<String> getStatuses() { return STATUSES; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
}
