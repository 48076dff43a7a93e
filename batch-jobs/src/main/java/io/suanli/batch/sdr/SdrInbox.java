package io.suanli.batch.sdr;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.usage.application.SdrFileService;
import io.suanli.core.usage.application.SdrInboxScanner;
import io.suanli.core.usage.application.SdrSettings;
import io.suanli.core.usage.domain.SdrFile;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The SDR inbox: every minute (and on demand) the files in {@code suanli.sdr.inbox-dir} and the new objects of the
 * configured OBS bucket ({@code suanli.sdr.obs.account|bucket|prefix}; in the dev profile the simulator's) are received and their
 * imports started, then moved to {@code done/} (or {@code rejected/} when refused, e.g. a name off the pattern). A
 * file is taken only once it has not changed for 10 seconds, and never while named {@code *.part}, so a file still
 * being written is left alone. Two servers sharing the inbox cannot import a file twice: the registry's SHA-256 is
 * unique.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class SdrInbox implements SdrInboxScanner {

    private static final Logger LOG = Logger.getLogger(SdrInbox.class.getName());
    private static final Duration SETTLED = Duration.ofSeconds(10);

    @Inject
    RealTime time;

    @Inject
    SdrSettings settings;

    @Inject
    SdrFileService files;

    @Inject
    io.suanli.core.system.application.CloudAccountService clouds;

    @Inject
    io.suanli.core.shared.application.PlatformConfig platform;

    /** OBS keys refused once (a name off the pattern): logged once, not fetched again until the server restarts. */
    private final Set<String> refusedKeys = ConcurrentHashMap.newKeySet();

    private final AtomicBoolean scanning = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void poll() {
        scan(false);
    }

    /** Takes the inbox now; {@code settledOnly} false also takes files changed in the last seconds. Returns files received. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan(boolean all) {
        if (!scanning.compareAndSet(false, true)) {
            return 0;
        }
        try {
            Path inbox = settings.inboxDir();
            if (!Files.isDirectory(inbox)) {
                return fromObs();
            }
            Instant settledBefore = time.now().minus(SETTLED);
            List<Path> ready;
            try (Stream<Path> s = Files.list(inbox)) {
                ready = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().endsWith(".part"))
                        .filter(p -> all || modified(p).isBefore(settledBefore))
                        .sorted(Comparator.comparing(SdrInbox::modified)).toList();
            }
            int taken = 0;
            for (Path p : ready) {
                taken += take(inbox, p) ? 1 : 0;
            }
            return taken + fromObs();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SDR inbox " + settings.inboxDir() + " cannot be read", e);
            return 0;
        } finally {
            scanning.set(false);
        }
    }

    /**
     * The SDR files of the configured OBS bucket not received yet (by name and size; the registry's hash decides in
     * the end): each is downloaded to a temporary file and received like an inbox file.
     */
    private int fromObs() {
        java.util.Optional<String[]> source = settings.obsSource(platform.isDev());
        if (source.isEmpty()) {
            return 0;
        }
        String account = source.get()[0];
        String bucket = source.get()[1];
        int taken = 0;
        try {
            if (!clouds.usable(account)) {
                return 0;
            }
            for (io.suanli.core.system.application.CloudAccountService.BucketObject o : clouds.objects(account, bucket, source.get()[2])) {
                String name = o.key().substring(o.key().lastIndexOf('/') + 1);
                if (name.isEmpty() || refusedKeys.contains(o.key()) || files.known(SdrFile.Source.OBS, name, o.size())) {
                    continue;
                }
                Path tmp = Files.createTempFile("obs-", ".sdr");
                try {
                    try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                        clouds.download(account, bucket, o.key(), out);
                    }
                    try (InputStream in = Files.newInputStream(tmp)) {
                        SdrFileService.Received r = files.receive(SdrFile.Source.OBS, name, in, "obs:" + bucket, true);
                        taken += r.duplicate() ? 0 : 1;
                        LOG.info(() -> "SDR from OBS " + bucket + "/" + o.key() + ": file " + r.file().id() + (r.duplicate() ? " (already received)" : ""));
                    }
                } catch (SuanliException e) {
                    refusedKeys.add(o.key());
                    LOG.warning(() -> "SDR from OBS " + bucket + "/" + o.key() + " refused: " + e.getMessage());
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "SDR from OBS " + account + "/" + bucket + " not read this time", e);
        }
        return taken;
    }

    private boolean take(Path inbox, Path p) throws IOException {
        String name = p.getFileName().toString();
        try (InputStream in = Files.newInputStream(p)) {
            SdrFileService.Received r = files.receive(SdrFile.Source.INBOX, name, in, "inbox", true);
            move(p, inbox.resolve("done"));
            LOG.info(() -> "SDR inbox: " + name + (r.duplicate() ? " already received as file " : " received as file ") + r.file().id());
            return !r.duplicate();
        } catch (SuanliException e) {
            move(p, inbox.resolve("rejected"));
            LOG.warning(() -> "SDR inbox: " + name + " refused (" + e.getMessage() + "), moved to rejected/");
            return false;
        }
    }

    private static void move(Path p, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.move(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
