package io.suanli.web.console.view.user;

import io.suanli.core.distribution.application.ApplicationView;
import io.suanli.core.distribution.application.BoundCustomerView;
import io.suanli.core.distribution.application.CommissionService;
import io.suanli.core.distribution.application.CommissionView;
import io.suanli.core.distribution.application.DistributorService;
import io.suanli.core.distribution.application.DistributorSummary;
import io.suanli.core.distribution.application.DistributorView;
import io.suanli.core.distribution.application.StatementService;
import io.suanli.core.distribution.application.StatementView;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.QrSvg;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /console/user/distribution.xhtml}: the distribution center (U11, 分销中心). A verified customer that is no
 * distributor sees where its application stands and applies; an approved distributor sees its overview (tier, level,
 * invite links with QR codes, counts, this month's commission), its bound customers, its tier-2s (a tier-1), its
 * commission lines (filtered, exported to Excel) and its monthly statements, which it confirms.
 */
@Named
@ViewScoped
public class MyDistributionBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient DistributorService distributors;

    @Inject
    transient CommissionService commissions;

    @Inject
    transient StatementService statements;

    @Inject
    transient PlatformConfig config;

    @Inject
    transient ConsoleBean console;

    @Inject
    transient io.suanli.core.identity.application.RealNameVerificationService files;

    private DistributorView distributor;
    private ApplicationView application;
    private List<BoundCustomerView> customers = List.of();
    private List<DistributorSummary> tierTwos = List.of();
    private List<StatementView> statementRows = List.of();
    private Money thisMonth;
    private String profile;
    private String channels;
    private String contactName;
    private String contactMobile;
    private Long licenceFileId;
    private String licenceFileName;
    private String from;
    private String to;
    private String kind;
    private final PagedModel<CommissionView> lines = new PagedModel<>(page -> commissions.myLinePage(from, to, kind, page[0], page[1]),
            l -> String.valueOf(l.id()));

    @PostConstruct
    void load() {
        try {
            distributor = distributors.mine();
        } catch (NotFoundException e) {
            distributor = null;
        }
        if (distributor == null) {
            application = distributors.myApplication();
            return;
        }
        customers = commissions.myCustomers(0, 200);
        tierTwos = distributor.tier() == 1 ? distributors.myTierTwos() : List.of();
        statementRows = statements.mine(0, 24);
    }

    /** Sends the application; the page then shows it pending. */
    public void apply() {
        ApplicationView[] a = new ApplicationView[1];
        if (console.act(() -> a[0] = distributors.apply(profile, channels, contactName, contactMobile, licenceFileId), "distribution.applied")) {
            application = a[0];
        }
    }

    /** Stores the licence file chosen for the application (checked by content, at most 5 MB). */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        Long[] id = new Long[1];
        if (console.act(() -> id[0] = files.uploadMaterials(event.getFile().getFileName(), event.getFile().getContent()), "distribution.licenceUploaded")) {
            licenceFileId = id[0];
            licenceFileName = event.getFile().getFileName();
        }
    }

    public String getLicenceFileName() { return licenceFileName; }

    /** Whether the application form is shown: no application yet, or the last one was rejected. */
    public boolean isMayApply() {
        return distributor == null && (application == null || "REJECTED".equals(application.status()));
    }

    /** The distributor confirms its statement of a month. */
    public void confirm(String period) {
        if (console.act(() -> statements.confirm(period), "distribution.statementConfirmed")) {
            statementRows = statements.mine(0, 24);
        }
    }

    /** The registration link carrying an invite code. */
    public String link(String code) {
        return code == null ? null : config.publicUrl() + "/register.xhtml?invite=" + code;
    }

    /** The QR code (inline SVG) of a registration link. */
    public String qr(String code) {
        return code == null ? "" : QrSvg.of(link(code));
    }

    /** This month's commission so far (accruals less clawbacks, from own customers and, for a tier-1, its tier-2s'). */
    public Money getCommissionThisMonth() {
        if (thisMonth == null) {
            thisMonth = distributor == null ? Money.ZERO : commissions.myThisMonth();
        }
        return thisMonth;
    }

    /** The filtered commission lines as an Excel workbook. */
    public StreamedContent getExport() {
        byte[][] out = new byte[1][];
        if (!console.act(() -> out[0] = commissions.myExport(from, to, kind, console.getLocale()), null)) {
            return null;
        }
        return io.suanli.web.console.view.common.Download.xlsx("commission.xlsx", out[0]);
    }

    /** A statement as a PDF or an Excel workbook ({@code format} pdf or xlsx). */
    public StreamedContent statementFile(String period, String format) {
        io.suanli.core.distribution.application.StatementDocument[] d = new io.suanli.core.distribution.application.StatementDocument[1];
        if (!console.act(() -> d[0] = statements.myDocument(period, format), null)) {
            return null;
        }
        return io.suanli.web.console.view.common.Download.of(d[0].fileName(), d[0].contentType(), d[0].content());
    }

    public DistributorView getDistributor() { return distributor; }
    public ApplicationView getApplication() { return application; }
    public List<BoundCustomerView> getCustomers() { return customers; }
    public List<DistributorSummary> getTierTwos() { return tierTwos; }
    public List<StatementView> getStatements() { return statementRows; }
    public PagedModel<CommissionView> getLines() { return lines; }
    public String getProfile() { return profile; }
    public void setProfile(String v) { profile = v; }
    public String getChannels() { return channels; }
    public void setChannels(String v) { channels = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String v) { contactMobile = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
}
