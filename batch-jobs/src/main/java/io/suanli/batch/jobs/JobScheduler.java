package io.suanli.batch.jobs;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.JobLeases;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the jobs of {@link JobCatalog} on their schedules, on every server, every minute (real time, not the movable
 * business clock): the lease decides which server runs a slot, and the slot last started is kept with the lease, so a
 * slot runs once in the cluster and a slot missed while all servers were down is caught up once. A job already running
 * (lease held) is not started again; the next tick tries again. Each tick also renews the leases of executions running
 * on this server and frees those whose execution has ended.
 */
@Singleton
@Startup
@DependsOn("ejb-core.jar#DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    RealTime time;

    @Inject
    JobLeases leases;

    @Inject
    JobServiceBean jobs;

    @Inject
    PlatformConfig config;

    @Inject
    @ConfigProperty(name = "suanli.jobs.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    private final AtomicBoolean busy = new AtomicBoolean();

    @jakarta.ejb.Schedule(hour = "*", minute = "*", second = "20", persistent = false, info = "batch job scheduler")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            keepLeases();
            Instant now = time.now();
            for (JobCatalog.Known k : JobCatalog.visible(config.isDev())) {
                try {
                    due(k, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "scheduling of " + k.name() + " failed, next minute again", e);
                }
            }
        } finally {
            busy.set(false);
        }
    }

    private void keepLeases() {
        Duration ttl = Duration.ofSeconds(Math.max(30, leaseSeconds));
        for (JobLeases.LeaseView l : leases.all()) {
            if (!l.heldHere() || l.executionId() == null) {
                continue;
            }
            try {
                if (jobs.running(l.executionId())) {
                    leases.renew(l.job(), l.holder(), ttl);
                } else {
                    leases.releaseExecution(l.job(), l.executionId());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lease of " + l.job() + " not kept", e);
            }
        }
    }

    private void due(JobCatalog.Known k, Instant now) {
        Schedule schedule;
        try {
            schedule = Schedule.parse(k.schedule());
        } catch (IllegalArgumentException e) {
            LOG.warning("suanli.jobs." + k.name() + ".schedule is not a schedule: " + k.schedule());
            return;
        }
        if (schedule.isOff()) {
            return;
        }
        Instant slot = schedule.lastSlot(now);
        Optional<JobLeases.LeaseView> lease = leases.find(k.name());
        if (lease.isEmpty() || lease.get().lastScheduled() == null) {
            leases.seedSchedule(k.name(), slot); // first sight: from the next slot on
            return;
        }
        if (slot.isAfter(lease.get().lastScheduled()) && !lease.get().held()) {
            jobs.startScheduled(k.name(), slot).ifPresent(id -> LOG.info("scheduled " + k.name() + " (" + schedule + ") slot " + slot
                    + ": execution " + id));
        }
    }
}
