package io.suanli.web.console.view.ops;

import io.suanli.core.distribution.application.ApplicationView;
import io.suanli.core.distribution.application.BoundCustomerView;
import io.suanli.core.distribution.application.CommissionService;
import io.suanli.core.distribution.application.CommissionView;
import io.suanli.core.distribution.application.DistributorService;
import io.suanli.core.distribution.application.DistributorSummary;
import io.suanli.core.distribution.application.LevelService;
import io.suanli.core.distribution.application.LevelView;
import io.suanli.core.distribution.application.MonthFigures;
import io.suanli.core.distribution.application.StatementService;
import io.suanli.core.distribution.application.StatementView;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.Charts;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /console/ops/distributors.xhtml}: the distributor center (O7, 分销商中心) — the review queue (approve with a
 * level, reject with a reason), every distributor as a tier-1 / tier-2 tree with this month's figures, one distributor's
 * customers, commission lines (Excel) and statements (finance settles), reassigning a customer to it, the levels (and a
 * new one), and the analysis: distributors by level, and consumption and commission by month.
 */
@Named
@ViewScoped
public class DistributorsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient DistributorService distributors;

    @Inject
    transient CommissionService commissions;

    @Inject
    transient StatementService statements;

    @Inject
    transient LevelService levels;

    @Inject
    transient ConsoleBean console;

    private List<ApplicationView> queue = List.of();
    private List<DistributorSummary> all = List.of();
    private List<LevelView> levelRows = List.of();
    private List<MonthFigures> months = List.of();
    private transient TreeNode<DistributorSummary> tree;
    private ApplicationView reviewing;
    private String levelCode;
    private String reason;
    private DistributorSummary selected;
    private List<BoundCustomerView> customers = List.of();
    private List<StatementView> statementRows = List.of();
    private String from;
    private String to;
    private String kind;
    private final PagedModel<CommissionView> lines = new PagedModel<>(page -> selected == null
            ? new io.suanli.core.shared.domain.Page<>(List.of(), 0) : commissions.linePage(selected.customerId(), from, to, kind, page[0], page[1]),
            l -> String.valueOf(l.id()));
    private Long assignCustomerId;
    private String assignReason;
    private String settlePeriod;
    private String settleAmount;
    private String settleReference;
    private String newCode;
    private String newName;
    private Integer newTier = 1;
    private String newCommissionRate;
    private String newOverrideRate;

    @PostConstruct
    void load() {
        queue = distributors.pending(0, 200);
        all = distributors.hierarchy();
        levelRows = levels.list();
        months = commissions.months();
        tree = null;
    }

    /** Every distributor, tier-1s at the root and each tier-2 under its tier-1. */
    public TreeNode<DistributorSummary> getTree() {
        if (tree == null) {
            tree = new DefaultTreeNode<>(null, null);
            Map<Long, TreeNode<DistributorSummary>> tierOnes = new HashMap<>();
            for (DistributorSummary d : all) {
                if (d.parentCustomerId() == null) {
                    TreeNode<DistributorSummary> n = new DefaultTreeNode<>(d, tree);
                    n.setExpanded(true);
                    tierOnes.put(d.customerId(), n);
                }
            }
            for (DistributorSummary d : all) {
                if (d.parentCustomerId() != null) {
                    new DefaultTreeNode<>(d, tierOnes.getOrDefault(d.parentCustomerId(), tree));
                }
            }
        }
        return tree;
    }

    // ---- review

    public void review(ApplicationView a) {
        reviewing = a;
        levelCode = null;
        reason = null;
    }

    /** The levels an application may get: tier 2 under a tier-1's code, tier 1 otherwise; ended ones left out. */
    public List<LevelView> getReviewLevels() {
        int tier = reviewing != null && reviewing.parentCustomerId() != null ? 2 : 1;
        return levelRows.stream().filter(l -> l.tier() == tier && l.endedAt() == null).toList();
    }

    public void approve() {
        if (reviewing != null && console.act(() -> distributors.approve(reviewing.customerId(), levelCode), "distribution.approved")) {
            reviewing = null;
            load();
        }
    }

    public void reject() {
        if (reviewing != null && console.act(() -> distributors.reject(reviewing.customerId(), reason), "distribution.rejected")) {
            reviewing = null;
            load();
        }
    }

    // ---- one distributor

    public void select(DistributorSummary d) {
        selected = d;
        from = null;
        to = null;
        kind = null;
        reloadSelected();
    }

    private void reloadSelected() {
        customers = commissions.customersOf(selected.customerId(), 0, 200);
        statementRows = statements.of(selected.customerId(), 0, 24);
    }

    public void assign() {
        if (selected == null) {
            return;
        }
        if (assignCustomerId == null) {
            console.act(() -> {
                throw new SuanliException("validation.required", console.text("distribution.assignCustomer"));
            }, null);
            return;
        }
        if (console.act(() -> commissions.assign(assignCustomerId, selected.customerId(), assignReason), "distribution.assigned")) {
            assignCustomerId = null;
            assignReason = null;
            reloadSelected();
            all = distributors.hierarchy();
            tree = null;
        }
    }

    public void prepareSettle(StatementView s) {
        settlePeriod = s.period();
        settleAmount = s.closing().toString();
        settleReference = null;
    }

    public void settle() {
        if (selected == null || settlePeriod == null) {
            return;
        }
        if (console.act(() -> statements.settle(selected.customerId(), settlePeriod, Money.parseExact(settleAmount), settleReference),
                "distribution.settled")) {
            settlePeriod = null;
            reloadSelected();
        }
    }

    public StreamedContent getExport() {
        if (selected == null) {
            return null;
        }
        byte[][] out = new byte[1][];
        if (!console.act(() -> out[0] = commissions.export(selected.customerId(), from, to, kind, console.getLocale()), null)) {
            return null;
        }
        return io.suanli.web.console.view.common.Download.xlsx("commission-" + selected.customerId() + ".xlsx", out[0]);
    }

    /** The selected distributor's statement as a PDF or an Excel workbook ({@code format} pdf or xlsx). */
    public StreamedContent statementFile(String period, String format) {
        if (selected == null) {
            return null;
        }
        io.suanli.core.distribution.application.StatementDocument[] d = new io.suanli.core.distribution.application.StatementDocument[1];
        if (!console.act(() -> d[0] = statements.document(selected.customerId(), period, format), null)) {
            return null;
        }
        return io.suanli.web.console.view.common.Download.of(d[0].fileName(), d[0].contentType(), d[0].content());
    }

    // ---- levels

    public void createLevel() {
        if (console.act(() -> levels.create(newCode, newName, newTier, newCommissionRate, newOverrideRate), "distribution.levelCreated")) {
            newCode = null;
            newName = null;
            newCommissionRate = null;
            newOverrideRate = null;
            levelRows = levels.list();
        }
    }

    // ---- analysis

    /** Distributors by level, as a doughnut. */
    public String getLevelChart() {
        Map<String, BigDecimal> byLevel = new TreeMap<>();
        all.forEach(d -> byLevel.merge(d.levelCode(), BigDecimal.ONE, BigDecimal::add));
        return Charts.doughnut(List.copyOf(byLevel.keySet()), List.copyOf(byLevel.values()));
    }

    /** Consumption of bound customers and net commission by month, as bars. */
    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder consumption = Json.createArrayBuilder();
        JsonArrayBuilder commission = Json.createArrayBuilder();
        for (MonthFigures m : months) {
            labels.add(m.period());
            consumption.add(m.consumption().amount());
            commission.add(m.accrued().plus(m.clawedBack()).amount());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", console.text("distribution.consumption")).add("data", consumption)
                                .add("backgroundColor", "#5b8ff9").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("label", console.text("distribution.commission")).add("data", commission)
                                .add("backgroundColor", "#5ad8a6").add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("position", "left"))
                                .add("y1", Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    /** The month figures as an Excel-friendly table is the page's own; this answers them for the table beside the chart. */
    public List<MonthFigures> getMonths() { return months; }

    public List<ApplicationView> getQueue() { return queue; }
    public List<DistributorSummary> getAll() { return all; }
    public List<LevelView> getLevels() { return levelRows; }
    public ApplicationView getReviewing() { return reviewing; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String v) { levelCode = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public DistributorSummary getSelected() { return selected; }
    public List<BoundCustomerView> getCustomers() { return customers; }
    public List<StatementView> getStatements() { return statementRows; }
    public PagedModel<CommissionView> getLines() { return lines; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public Long getAssignCustomerId() { return assignCustomerId; }
    public void setAssignCustomerId(Long v) { assignCustomerId = v; }
    public String getAssignReason() { return assignReason; }
    public void setAssignReason(String v) { assignReason = v; }
    public String getSettlePeriod() { return settlePeriod; }
    public String getSettleAmount() { return settleAmount; }
    public void setSettleAmount(String v) { settleAmount = v; }
    public String getSettleReference() { return settleReference; }
    public void setSettleReference(String v) { settleReference = v; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public Integer getNewTier() { return newTier; }
    public void setNewTier(Integer v) { newTier = v; }
    public String getNewCommissionRate() { return newCommissionRate; }
    public void setNewCommissionRate(String v) { newCommissionRate = v; }
    public String getNewOverrideRate() { return newOverrideRate; }
    public void setNewOverrideRate(String v) { newOverrideRate = v; }
}
