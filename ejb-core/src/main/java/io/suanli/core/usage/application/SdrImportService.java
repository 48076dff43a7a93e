package io.suanli.core.usage.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.ordering.application.ResourceLifecycleService;
import io.suanli.core.ordering.application.ResourceLifecycleService.RatedHour;
import io.suanli.core.ordering.application.ResourceLifecycleService.UsageBatch;
import io.suanli.core.ordering.application.ResourceLifecycleService.UsageTarget;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.SdrErrorReason;
import io.suanli.core.usage.domain.SdrFile;
import io.suanli.core.usage.domain.SdrRecord;
import io.suanli.core.usage.domain.SdrRecordType;
import io.suanli.core.usage.domain.UsagePrice;
import io.suanli.core.usage.domain.UsagePrices;
import io.suanli.core.usage.domain.UsageRater;
import io.suanli.core.usage.infrastructure.SdrRecords;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps of the SDR import job (B1), called by its batch artifacts inside the chunk transactions:
 * <ol>
 *   <li><b>load</b>: each parsed record is resolved to one of our resources by its cloud resource id, checked against
 *   the resource's life, the hour and the price in force then; taken records are stored (a record id once, ever: the
 *   primary key decides), rejected lines are stored with their line number and reason;</li>
 *   <li><b>end of load</b>: counts; a file above the error ratio is rejected (its records dropped, nothing charged);
 *   else the work list of rating (resources and hour windows) is built;</li>
 *   <li><b>rate</b>: per resource, every record of the hours the file touched (of any file: late records add up, the
 *   latest correction replaces) is rated with the price version in force at that hour and charged through
 *   {@link ResourceLifecycleService#chargeUsage}, idempotent per resource and hour — so a restart never charges
 *   twice.</li>
 * </ol>
 * The job runs without a caller; the verified job parameters are its authority, and ledger calls run as the platform.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class SdrImportService {

    /** Duplicate reasons do not count towards the error ratio: a file sent twice is not bad data. */
    private static final List<SdrErrorReason> DUPLICATES = List.of(SdrErrorReason.DUPLICATE_RECORD_ID, SdrErrorReason.ALREADY_IMPORTED);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    SdrRecords records;

    @Inject
    ResourceLifecycleService lifecycle;

    @Inject
    CatalogService catalog;

    @Inject
    SdrSettings settings;

    @Inject
    PlatformClock clock;

    @Inject
    AuditSink audit;

    /** What the load step checks records against: our resources by cloud resource id and their PAYG prices. */
    public record Context(long fileId, Map<String, UsageTarget> targets, UsagePrices prices) {
    }

    /** A file as the reader needs it. */
    public record FileToRead(long id, String name, String path, long size, SdrFile.Status status) {
    }

    /** What the load step found. */
    public record Loaded(long records, long corrections, long errors, long duplicates, long resources, boolean rejected) {
    }

    public FileToRead file(long fileId) {
        SdrFile f = find(fileId);
        return new FileToRead(f.id(), f.name(), f.storedPath(), f.sizeBytes(), f.status());
    }

    /** The job took the file: it is importing, under this execution. */
    public Context begin(long fileId, long executionId) {
        take(fileId, executionId);
        return context(fileId);
    }

    /**
     * The file is importing under this execution: taken (again) unless it is already, or imported or rejected (final).
     * Each step calls it, so a restart that resumes at the rating or the finishing step takes a failed file too.
     */
    public void take(long fileId, long executionId) {
        SdrFile f = em.find(SdrFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFoundException("sdr.fileNotFound", fileId);
        }
        Instant now = clock.now();
        if (!f.status().isFinal()
                && (f.status() != SdrFile.Status.IMPORTING || f.jobExecutionId() == null || f.jobExecutionId() != executionId)) {
            f.importing(executionId, node(), now);
            audit.write(new AuditRecord(now, "system", "", "SDR_IMPORT_START", String.valueOf(fileId),
                    f.name() + " · execution " + executionId, "-", "-", "OK"));
        }
    }

    public Context context(long fileId) {
        Map<String, UsageTarget> targets = new HashMap<>();
        for (UsageTarget t : lifecycle.usageTargets()) {
            targets.put(t.cloudResourceId(), t);
        }
        List<String> specs = targets.values().stream().filter(UsageTarget::payg).map(UsageTarget::specCode).distinct().toList();
        List<UsagePrice> prices = catalog.paygPrices(specs).stream()
                .map(p -> new UsagePrice(p.specCode(), p.priceVersionId(), p.unit(), p.amount(), p.from(), p.to())).toList();
        return new Context(fileId, targets, new UsagePrices(prices));
    }

    /**
     * Stores one chunk of the load step: checks each record, looks its id up (taken by an earlier file, or by this
     * file before a restart), writes records and rejected lines, and the progress.
     */
    public void store(Context ctx, List<SdrRecord> read, List<LineError> rejected, long offset, long lines) {
        List<LineError> errors = new ArrayList<>(rejected);
        List<SdrRecords.Row> rows = new ArrayList<>(read.size());
        Map<String, SdrRecord> candidates = new LinkedHashMap<>();
        for (SdrRecord r : read) {
            LineError e = check(ctx, r);
            if (e != null) {
                errors.add(e);
            } else {
                candidates.put(r.recordId(), r);
            }
        }
        Map<String, SdrRecords.Taken> taken = records.taken(candidates.keySet());
        for (SdrRecord r : candidates.values()) {
            SdrRecords.Taken t = taken.get(r.recordId());
            if (t == null) {
                UsageTarget target = ctx.targets().get(r.resourceId());
                rows.add(new SdrRecords.Row(r.recordId(), r.lineNumber(), r.type() == SdrRecordType.CORRECTION, r.timeStamp(),
                        target.resourceId(), r.begin().truncatedTo(ChronoUnit.HOURS), r.usage(), r.unit()));
            } else if (t.fileId() != ctx.fileId() || t.lineNo() != r.lineNumber()) {
                errors.add(new LineError(r.lineNumber(), SdrErrorReason.ALREADY_IMPORTED, "RecordID " + r.recordId()
                        + " was taken from file " + t.fileId() + " line " + t.lineNo(), null));
            } // else: this very line was stored before a restart
        }
        errors.sort(Comparator.comparingLong(LineError::lineNumber));
        records.insert(ctx.fileId(), rows, errors);
        find(ctx.fileId()).loaded(offset, lines);
    }

    /** The checks that need our data: resource, life, hour, price and unit. Null when the record is good. */
    static LineError check(Context ctx, SdrRecord r) {
        UsageTarget t = ctx.targets().get(r.resourceId());
        if (t == null) {
            return new LineError(r.lineNumber(), SdrErrorReason.UNKNOWN_RESOURCE, "no resource with cloud id " + r.resourceId(), null);
        }
        Instant hour = r.begin().truncatedTo(ChronoUnit.HOURS);
        if (r.end().isAfter(hour.plus(Duration.ofHours(1)))) {
            return new LineError(r.lineNumber(), SdrErrorReason.NOT_HOURLY, "period " + r.begin() + " – " + r.end()
                    + " is not within one hour", null);
        }
        if (t.activatedAt() == null || hour.isBefore(t.activatedAt().truncatedTo(ChronoUnit.HOURS))
                || t.endsAt() != null && !hour.isBefore(t.endsAt())) {
            return new LineError(r.lineNumber(), SdrErrorReason.OUTSIDE_LIFE, "resource " + t.resourceId() + " was not open at "
                    + hour, null);
        }
        if (t.payg()) {
            UsagePrice p = ctx.prices().at(t.specCode(), hour);
            if (p == null) {
                return new LineError(r.lineNumber(), SdrErrorReason.NO_PRICE, "spec " + t.specCode() + " has no pay-as-you-go price at "
                        + hour, null);
            }
            if (!r.unit().isEmpty() && !r.unit().equals(p.unit())) {
                return new LineError(r.lineNumber(), SdrErrorReason.UNIT_MISMATCH, "unit " + r.unit() + ", the price is per "
                        + p.unit(), null);
            }
        }
        return null;
    }

    /**
     * Ends the load step: counts what was stored; rejects the file when its error ratio (duplicates aside) is above
     * the threshold (its records dropped, its errors kept); else builds the work list of rating.
     */
    public Loaded endLoad(long fileId) {
        SdrFile f = em.find(SdrFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        long[] c = records.counts(fileId);
        long bad = c[2] - c[3];
        BigDecimal threshold = settings.limits().errorRatioThreshold();
        boolean rejected = BigDecimal.valueOf(bad).compareTo(threshold.multiply(BigDecimal.valueOf(c[0] + bad))) > 0;
        Instant now = clock.now();
        long resources = 0;
        if (rejected) {
            records.dropRecords(fileId);
            if (f.status() != SdrFile.Status.REJECTED) { // rejected already: the step's start done again after a crash
                f.rejected("error ratio " + bad + "/" + (c[0] + bad) + " above " + threshold.toPlainString(), now);
                audit.write(new AuditRecord(now, "system", "", "SDR_IMPORT_REJECTED", String.valueOf(fileId), f.statusReason(), "-", "-", "OK"));
            }
        } else {
            resources = records.workList(fileId);
        }
        f.counted(rejected ? 0 : c[0], rejected ? 0 : c[1], c[3], c[2], resources);
        return new Loaded(c[0], c[1], c[2], c[3], resources, rejected);
    }

    /** The next resources to rate after {@code afterResourceId} (their ids, in order). */
    public List<Long> toRate(long fileId, long afterResourceId, int max) {
        return records.work(fileId, afterResourceId, max).stream().map(x -> (Long) x[0]).toList();
    }

    /** Rates and charges the hours the file touched of each resource (one ledger entry per resource and file). */
    public void rate(Context ctx, List<Long> resourceIds) {
        Map<Long, UsageTarget> byId = ctx.targets().values().stream().collect(Collectors.toMap(UsageTarget::resourceId, t -> t, (a, b) -> a));
        Map<Long, Object[]> windows = new HashMap<>();
        if (!resourceIds.isEmpty()) {
            for (Object[] w : records.work(ctx.fileId(), resourceIds.get(0) - 1, resourceIds.size())) {
                windows.put((Long) w[0], w);
            }
        }
        long hours = 0;
        Money rated = Money.ZERO;
        Money charged = Money.ZERO;
        for (long id : resourceIds) {
            UsageTarget t = byId.get(id);
            Object[] w = windows.get(id);
            if (t == null || w == null || !t.payg()) {
                continue; // prepaid resources: usage kept for analysis, already paid for
            }
            List<UsageRater.Rated> r = UsageRater.rate(t.specCode(), records.usage(id, (Instant) w[1], (Instant) w[2]), ctx.prices());
            List<RatedHour> hs = r.stream().map(x -> new RatedHour(x.hour(), x.usage(), x.price().priceVersionId(), Money.of(x.amount()))).toList();
            UsageBatch b = lifecycle.chargeUsage(id, "SDR-" + ctx.fileId() + "-" + id, hs);
            hours += b.hoursNew() + b.hoursChanged();
            rated = rated.plus(b.ratedChange());
            charged = charged.plus(b.charged()).minus(b.refunded());
        }
        find(ctx.fileId()).rated(hours, rated.amount(), charged.amount());
    }

    /** The file is imported: every record stored and every touched hour charged. */
    public void finish(long fileId) {
        SdrFile f = em.find(SdrFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (f.status() == SdrFile.Status.IMPORTING) {
            Instant now = clock.now();
            f.imported(now);
            audit.write(new AuditRecord(now, "system", "", "SDR_IMPORT_DONE", String.valueOf(fileId), f.name() + " · "
                    + f.recordsNew() + " records, " + f.errors() + " errors, " + f.hoursRated() + " hours, charged "
                    + f.amountCharged().toPlainString(), "-", "-", "OK"));
        }
    }

    /** The job failed or was stopped: the file waits for a restart. */
    public void failed(long fileId, String reason) {
        SdrFile f = em.find(SdrFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (f != null && f.status() == SdrFile.Status.IMPORTING) {
            f.failed(reason == null ? "stopped" : reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
    }

    /** This server's name in the cluster. */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    /**
     * Imports this server was running when it went down (killed, crashed): their files are still IMPORTING under this
     * node, and no job of this JVM runs them. Answers the job execution ids to restart.
     */
    public List<Long> interrupted(java.util.Set<Long> runningHere) {
        return em.createQuery("select f from SdrFile f where f.status = :s and f.node = :n", SdrFile.class)
                .setParameter("s", SdrFile.Status.IMPORTING).setParameter("n", node()).getResultList().stream()
                .filter(f -> f.jobExecutionId() != null && !runningHere.contains(f.jobExecutionId()))
                .map(SdrFile::jobExecutionId).toList();
    }

    private SdrFile find(long fileId) {
        SdrFile f = em.find(SdrFile.class, fileId);
        if (f == null) {
            throw new NotFoundException("sdr.fileNotFound", fileId);
        }
        return f;
    }
}
