package io.suanli.core.usage.application;

import io.suanli.core.usage.domain.StoredSdrRecord;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.SdrFile;
import io.suanli.core.usage.infrastructure.SdrRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * SDR files for the system console (S7, S10): receive a file (upload, inbox, OBS) into the registry — the same content
 * twice is recognised by its SHA-256 and not imported again —, start or restart its import, list files with their
 * progress and counts, their rejected lines, and query the records taken.
 */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class SdrFileService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    SdrSettings settings;

    @Inject
    SdrRecords records;

    @Inject
    PlatformClock clock;

    @Inject
    io.suanli.core.shared.domain.AuditSink audit;

    @Inject
    Instance<SdrImportLauncher> launcher;

    @Inject
    Instance<SdrInboxScanner> inbox;

    @Resource
    SessionContext ctx;

    /** A file of the registry, as the console shows it. */
    public record FileView(long id, String source, String name, long sizeBytes, String sha256, String status, String statusReason,
                           long bytesDone, int percent, long linesRead, long recordsNew, long corrections, long duplicates,
                           long errors, long resources, long hoursRated, BigDecimal amountRated, BigDecimal amountCharged,
                           Long jobExecutionId, Instant receivedAt, String receivedBy, Instant startedAt, Instant finishedAt,
                           List<String> actions) {

        /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
        public boolean can(String action) {
            return actions.contains(action);
        }
    }

    /** What receiving did: the file, and whether it was already known (then it is the earlier file, not imported again). */
    public record Received(FileView file, boolean duplicate) {
    }

    /** A page of rows and the total. */
    public record Page<T>(List<T> rows, long total) {
    }

    /**
     * Takes a file into the registry and starts its import. A name that does not match the SDR file pattern is refused
     * before anything is stored; the same content as an earlier file is answered with that file.
     */
    @RequiresFunction(StaffFunction.SYSTEM_SDR_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NEVER)
    public Received receive(String name, InputStream content) {
        return receive(SdrFile.Source.UPLOAD, name, content, ctx.getCallerPrincipal().getName(), true);
    }

    /** The same for the inbox poller and the OBS source (no caller; the platform receives). */
    @RequiresFunction(StaffFunction.SYSTEM_SDR_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NEVER)
    public Received receive(SdrFile.Source source, String name, InputStream content, String by, boolean start) {
        String n = io.suanli.core.shared.domain.FileNames.display(name, "", 255);
        if (!settings.format().acceptsFileName(n)) {
            throw new SuanliException("sdr.fileName", n, settings.format().fileNamePattern().pattern());
        }
        Path dir = settings.storeDir();
        Path tmp;
        String sha;
        long size;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "receiving-", ".part");
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), md)) {
                size = content.transferTo(out);
            }
            sha = HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new EJBException("receiving " + n, e);
        }
        if (size == 0) {
            delete(tmp);
            throw new SuanliException("sdr.fileEmpty", n);
        }
        SdrFile known = bySha(sha);
        if (known != null) {
            delete(tmp);
            return new Received(view(known), true);
        }
        long id = Ids.next();
        Path target = dir.resolve(id + "-" + n);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(tmp);
            throw new EJBException("storing " + n, e);
        }
        SdrFile f = new SdrFile(id, source, n, size, sha, target.toString(), clock.now(), by);
        try {
            ctx.getBusinessObject(SdrFileService.class).register(f);
        } catch (RuntimeException e) { // the same content at the same moment from elsewhere
            delete(target);
            SdrFile other = bySha(sha);
            if (other != null) {
                return new Received(view(other), true);
            }
            throw e;
        }
        if (start) {
            launcher.get().start(id);
        }
        return new Received(view(em.find(SdrFile.class, id)), false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @NoFunction("platform: the SDR inbox and OBS scanner")
    public void register(SdrFile f) {
        em.persist(f);
        em.flush();
        audit.write(new io.suanli.core.shared.domain.AuditRecord(f.receivedAt(), f.receivedBy(), "", "SDR_FILE_RECEIVE",
                String.valueOf(f.id()), f.source() + " " + f.name() + " · " + f.sizeBytes() + " bytes · sha256 " + f.sha256(),
                "-", "-", "OK"));
    }

    /** Starts the import of a received file, or restarts its last execution after a failure or a stop. */
    @Audited("SDR_IMPORT_START")
    @RequiresFunction(StaffFunction.SYSTEM_SDR_IMPORT)
    public FileView startImport(long fileId) {
        SdrFile f = find(fileId);
        switch (f.status()) {
            case RECEIVED -> launcher.get().start(fileId);
            case FAILED -> launcher.get().restart(f.jobExecutionId());
            default -> throw new SuanliException("sdr.notStartable", f.name(), f.status().name());
        }
        return view(find(fileId));
    }

    /** Takes the files of the inbox directory now, settled or not (files from the network arrive there). */
    @RequiresFunction(StaffFunction.SYSTEM_SDR_IMPORT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scanInbox() {
        int n = inbox.get().scan(true);
        audit.writeIndependently(new io.suanli.core.shared.domain.AuditRecord(clock.now(), ctx.getCallerPrincipal().getName(), "",
                "SDR_INBOX_SCAN", String.valueOf(settings.inboxDir()), n + " files received", "-", "-", "OK"));
        return n;
    }

    /** Stops the running import of a file after its current chunk; it can be restarted from there. */
    @Audited("SDR_IMPORT_STOP")
    @RequiresFunction(StaffFunction.SYSTEM_SDR_IMPORT)
    public FileView stopImport(long fileId) {
        SdrFile f = find(fileId);
        if (f.status() != SdrFile.Status.IMPORTING || f.jobExecutionId() == null) {
            throw new SuanliException("sdr.notRunning", f.name(), f.status().name());
        }
        launcher.get().stop(f.jobExecutionId());
        return view(f);
    }

    @RequiresFunction(StaffFunction.SYSTEM_SDR_VIEW)
    public Page<FileView> files(String status, int first, int max) {
        String where = status == null || status.isBlank() ? "" : " where f.status = :s";
        var q = em.createQuery("select f from SdrFile f" + where + " order by f.receivedAt desc, f.id desc", SdrFile.class);
        var c = em.createQuery("select count(f) from SdrFile f" + where, Long.class);
        if (!where.isEmpty()) {
            SdrFile.Status s = parseStatus(status);
            q.setParameter("s", s);
            c.setParameter("s", s);
        }
        return new Page<>(q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList()
                .stream().map(SdrFileService::view).toList(), c.getSingleResult());
    }

    @RequiresFunction(StaffFunction.SYSTEM_SDR_VIEW)
    public FileView file(long fileId) {
        return view(find(fileId));
    }

    /** Rejected lines of a file after line {@code afterLine}, in line order. */
    @RequiresFunction(StaffFunction.SYSTEM_SDR_VIEW)
    public List<LineError> errors(long fileId, long afterLine, int max) {
        find(fileId);
        return records.errors(fileId, afterLine, Math.max(1, Math.min(max, 1000)));
    }

    /** The records taken, by file, resource and hour (each optional), newest hour first. */
    @RequiresFunction(StaffFunction.SYSTEM_SDR_VIEW)
    public Page<StoredSdrRecord> records(Long fileId, Long resourceId, Instant from, Instant to, int first, int max) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new SuanliException("sdr.badRange");
        }
        int m = Math.max(1, Math.min(max, 500));
        return new Page<>(records.query(fileId, resourceId, from, to, Math.max(0, first), m), records.queryCount(fileId, resourceId, from, to));
    }

    /** Whether a file of this source, name and size was received already (the OBS poller skips it without downloading). */
    @NoFunction("platform: the SDR inbox and OBS scanner")
    public boolean known(SdrFile.Source source, String name, long size) {
        return !em.createQuery("select f.id from SdrFile f where f.source = :s and f.name = :n and f.sizeBytes = :b", Long.class)
                .setParameter("s", source).setParameter("n", name).setParameter("b", size).setMaxResults(1).getResultList().isEmpty();
    }

    private static SdrFile.Status parseStatus(String s) {
        try {
            return SdrFile.Status.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("sdr.badStatus", s);
        }
    }

    private SdrFile bySha(String sha) {
        return em.createQuery("select f from SdrFile f where f.sha256 = :h", SdrFile.class).setParameter("h", sha)
                .getResultStream().findFirst().orElse(null);
    }

    private SdrFile find(long id) {
        SdrFile f = em.find(SdrFile.class, id);
        if (f == null) {
            throw new NotFoundException("sdr.fileNotFound", id);
        }
        return f;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    static FileView view(SdrFile f) {
        int percent = f.sizeBytes() == 0 ? 100 : (int) Math.min(100, f.bytesDone() * 100 / f.sizeBytes());
        return new FileView(f.id(), f.source().name(), f.name(), f.sizeBytes(), f.sha256(), f.status().name(), f.statusReason(),
                f.bytesDone(), percent, f.linesRead(), f.recordsNew(), f.corrections(), f.recordsDuplicate(), f.errors(),
                f.resources(), f.hoursRated(), f.amountRated(), f.amountCharged(), f.jobExecutionId(), f.receivedAt(),
                f.receivedBy(), f.startedAt(), f.finishedAt(), f.status().actions());
    }
}
