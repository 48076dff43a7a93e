package io.suanli.web.console.view.system;

import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.system.application.AuditLogService;
import io.suanli.core.system.application.AuditQuery;
import io.suanli.core.system.application.AuditRow;
import io.suanli.core.system.application.ChainVerification;
import io.suanli.core.system.application.UsageCount;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code /console/system/audit.xhtml}: the audit log (S8) — lazy, filtered, exportable to Excel, with the hash-chain
 * check — and its statistics (S9): most active customers and most used functions.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RealTime time;

    @Inject
    transient AuditLogService audit;

    @Inject
    transient ConsoleBean console;

    private String actor;
    private String action;
    private String outcome;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private List<String> actions;
    private ChainVerification verification;
    private final LazyDataModel<AuditRow> rows = new Rows();

    @PostConstruct
    void init() {
        actions = audit.actions();
    }

    /** The filters as a query; dates are whole days in Beijing time. */
    AuditQuery query() {
        Instant f = PlatformClock.startOf(from);
        Instant t = PlatformClock.startOf(to == null ? null : to.plusDays(1));
        return new AuditQuery(actor, action, outcome, text, f, t);
    }

    public void search() {
        // the table reloads through its lazy model with the new filters
    }

    public void reset() {
        actor = null;
        action = null;
        outcome = null;
        text = null;
        from = null;
        to = null;
    }

    public StreamedContent getExport() {
        byte[] xlsx = audit.export(query(), console.getLocale());
        String name = "audit-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(time.now(), PlatformClock.ZONE)) + ".xlsx";
        return DefaultStreamedContent.builder().name(name)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public void verify() {
        verification = audit.verifyChain();
        ResourceBundle b = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale());
        String text = verification.intact()
                ? MessageFormat.format(b.getString("audit.chain.intact"), verification.checked(), verification.pending())
                : MessageFormat.format(b.getString("audit.chain.broken"), String.valueOf(verification.brokenSeq()),
                b.getString("audit.chain.reason." + verification.reason()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                verification.intact() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Chart.js configuration of a horizontal bar chart of the last 30 days. */
    public String getTopCustomersChart() {
        Instant now = time.now();
        return bars(audit.topActors(now.minusSeconds(30L * 86_400), now, true, 10), "#c7000b");
    }

    public String getTopActionsChart() {
        Instant now = time.now();
        return bars(audit.topActions(now.minusSeconds(30L * 86_400), now, 10), "#1b1f2e");
    }

    private static String bars(List<UsageCount> counts, String color) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        counts.forEach(c -> {
            labels.add(c.name());
            values.add(c.count());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", values).add("backgroundColor", color))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    private final class Rows extends LazyDataModel<AuditRow> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.search(query(), 0, 1, false).total());
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            boolean ascending = sortBy.values().stream().anyMatch(s -> s.getOrder() == SortOrder.ASCENDING);
            Page<AuditRow> page = audit.search(query(), first, pageSize, ascending);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }
    }

    public LazyDataModel<AuditRow> getRows() { return rows; }
    public List<String> getActions() { return actions; }
    public ChainVerification getVerification() { return verification; }
    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
