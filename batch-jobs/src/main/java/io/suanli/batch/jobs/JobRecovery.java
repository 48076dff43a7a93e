package io.suanli.batch.jobs;

import io.suanli.batch.sdr.SdrJobs;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.JobLeases;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes the jobs (bill run, expiry reminders) whose server died under them (kill -9, power loss). The job
 * repository still says STARTED for such an execution, so without this no bill run could start again. Shortly after
 * start-up and every minute, each execution the repository says is running but no job of this JVM runs is taken as
 * abandoned when nobody keeps its job's lease alive — the lease is free or ran out, or its holder is an earlier
 * process of this very node (same node name, another process id: {@link #abandoned}) — and is restarted from its last
 * checkpoints under a new lease ({@code jberet.restart.mode=detect}); the restart is audited as {@code JOB_RECOVERED}.
 * An execution whose lease another live node renews is left alone. SDR imports have their own recovery per file and
 * node ({@link io.suanli.batch.sdr.SdrImportRecovery}).
 */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    /** Executions running in this JVM (registered by {@link JobLeaseListener}). */
    static final Set<Long> HERE = ConcurrentHashMap.newKeySet();

    /** Executions this JVM already restarted (the repository may still list them a moment). */
    private final Set<Long> recovered = ConcurrentHashMap.newKeySet();

    @Inject
    RealTime time;

    @Inject
    JobServiceBean jobs;

    @Inject
    JobLeases leases;

    @Inject
    PlatformConfig config;

    @Inject
    AuditSink audit;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(20_000, new TimerConfig("job-recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void atStart() {
        recover();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void periodically() {
        recover();
    }

    void recover() {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (JobCatalog.Known k : JobCatalog.visible(config.isDev())) {
            if (k.name().equals(SdrJobs.JOB)) {
                continue;
            }
            List<Long> running;
            try {
                running = operator.getRunningExecutions(k.name());
            } catch (NoSuchJobException never) {
                continue;
            }
            for (long id : running) {
                if (HERE.contains(id) || recovered.contains(id)) {
                    continue;
                }
                Optional<JobLeases.LeaseView> lease = leases.find(k.name());
                if (!abandoned(lease.orElse(null), JobLeases.NODE)) {
                    continue;
                }
                try {
                    restart(operator, k.name(), id, lease.orElse(null));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, k.name() + " execution " + id + " looks abandoned but could not be restarted; next minute again", e);
                }
            }
        }
    }

    private void restart(JobOperator operator, String job, long id, JobLeases.LeaseView lease) {
        if (lease != null && lease.held()) {
            leases.release(job, lease.holder()); // the holder is dead: its process is gone
        }
        Properties old = operator.getParameters(id);
        Properties p = new Properties();
        if (old != null) {
            old.stringPropertyNames().stream().filter(n -> !n.equals(JobServiceBean.LEASE_PARAMETER)).forEach(n -> p.setProperty(n, old.getProperty(n)));
        }
        p.setProperty("jberet.restart.mode", "detect");
        long next = jobs.launch(job, p, id).id();
        recovered.add(id);
        String summary = job + " execution " + id + " died with its server; restarted as " + next;
        LOG.warning(summary);
        audit.writeIndependently(new AuditRecord(time.now(), "scheduler", "", "JOB_RECOVERED", String.valueOf(id), summary, "-", "-", "OK"));
    }

    /**
     * Whether nobody alive holds a job whose execution the repository says is running: no lease or one not held any
     * more (free, or run out: a live holder renews it every minute), or one held by an earlier process of this node
     * ({@code node} is {@code name:pid}; a holder is {@code name:pid/random}). A lease held by this very process (a
     * start in progress) or by another node is alive.
     */
    static boolean abandoned(JobLeases.LeaseView lease, String node) {
        if (lease == null || !lease.held() || lease.holder() == null) {
            return true;
        }
        int slash = lease.holder().indexOf('/');
        String holderNode = slash < 0 ? lease.holder() : lease.holder().substring(0, slash);
        if (holderNode.equals(node)) {
            return false;
        }
        return name(holderNode).equals(name(node));
    }

    private static String name(String node) {
        int colon = node.lastIndexOf(':');
        return colon < 0 ? node : node.substring(0, colon);
    }
}
