package io.suanli.batch.jobs;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.JobExecutionView;
import io.suanli.core.system.application.JobLeases;
import io.suanli.core.system.application.JobProgress;
import io.suanli.core.system.application.JobService;
import io.suanli.core.system.application.JobView;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@link JobService} on the Jakarta Batch {@code JobOperator} of this module (where the job XML lives). Every start
 * and restart first takes the job's cluster lease ({@link JobLeases}) and passes the holder token as the job
 * parameter {@value #LEASE_PARAMETER}; the {@code jobLeaseListener} gives it back when the job ends, the scheduler
 * keeps it alive while the execution runs here (and frees a lease whose execution ended without the listener).
 * The audited methods run in a transaction (the audit record needs one); the lease and the {@code JobOperator} calls
 * run outside it ({@link #launch}), so the job repository rows are committed before the job's thread reads them.
 */
@Stateless
@LocalBean
@Local(JobService.class)
@RolesAllowed(Roles.SYS_ADMIN)
public class JobServiceBean implements JobService {

    /** The job parameter that carries the lease holder token. */
    public static final String LEASE_PARAMETER = "suanli.lease";

    private static final Logger LOG = Logger.getLogger(JobServiceBean.class.getName());
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    RealTime time;

    @Inject
    JobLeases leases;

    @Inject
    JobProgress progress;

    @Inject
    PlatformConfig config;

    @Resource
    SessionContext ctx;

    @Inject
    @ConfigProperty(name = "suanli.jobs.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobView> jobs() {
        Instant now = time.now();
        List<JobView> out = new ArrayList<>();
        for (JobCatalog.Known k : JobCatalog.visible(config.isDev())) {
            String text = k.schedule();
            Instant next;
            try {
                next = Schedule.parse(text).nextSlot(now);
            } catch (IllegalArgumentException e) {
                next = null;
                text = text + " (?)";
            }
            List<JobExecutionView> last = list(k.name(), 1);
            Optional<JobLeases.LeaseView> lease = leases.find(k.name());
            boolean running = !last.isEmpty() && last.get(0).running() || lease.map(JobLeases.LeaseView::held).orElse(false);
            out.add(new JobView(k.name(), text, next, running, lease.filter(JobLeases.LeaseView::held).map(JobLeases.LeaseView::holder).orElse(null),
                    lease.filter(JobLeases.LeaseView::held).map(JobLeases.LeaseView::leasedUntil).orElse(null), last.isEmpty() ? null : last.get(0)));
        }
        return out;
    }

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobExecutionView> executions(String job, int max) {
        known(job);
        return list(job, Math.max(1, Math.min(200, max)));
    }

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobExecutionView execution(long executionId) {
        return view(executionOf(executionId));
    }

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @Audited("JOB_START")
    public JobExecutionView start(String job, Map<String, String> parameters) {
        known(job);
        Properties p = new Properties();
        if (parameters != null) {
            parameters.forEach((k, v) -> {
                if (k == null || !PARAMETER_NAME.matcher(k).matches() || k.startsWith("suanli.") || v == null || v.length() > 1000) {
                    throw new SuanliException("job.parameterInvalid", String.valueOf(k));
                }
                p.setProperty(k, v);
            });
        }
        return self().launch(job, p, null);
    }

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @Audited("JOB_STOP")
    public JobExecutionView stop(long executionId) {
        JobExecution e = executionOf(executionId);
        if (e.getBatchStatus() != BatchStatus.STARTING && e.getBatchStatus() != BatchStatus.STARTED) {
            throw new SuanliException("job.notStoppable", String.valueOf(executionId), e.getBatchStatus().name());
        }
        return self().halt(executionId);
    }

    @Override
    @RequiresFunction(StaffFunction.SYSTEM_JOBS_MANAGE)
    @Audited("JOB_RESTART")
    public JobExecutionView restart(long executionId) {
        JobExecution e = executionOf(executionId);
        known(e.getJobName());
        if (e.getBatchStatus() != BatchStatus.STOPPED && e.getBatchStatus() != BatchStatus.FAILED) {
            throw new SuanliException("job.notRestartable", String.valueOf(executionId), e.getBatchStatus().name());
        }
        Properties p = new Properties();
        Properties old = operator().getParameters(executionId);
        if (old != null) {
            old.stringPropertyNames().stream().filter(k -> !k.equals(LEASE_PARAMETER)).forEach(k -> p.setProperty(k, old.getProperty(k)));
        }
        return self().launch(e.getJobName(), p, executionId);
    }

    /**
     * The scheduler's start of {@code job} for the slot {@code slot}: under the lease, only if that slot was not started
     * yet (by this or another server). Answers the new execution, or empty when busy or already done.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Long> startScheduled(String job, Instant slot) {
        Optional<String> token = acquire(job);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant last = leases.find(job).map(JobLeases.LeaseView::lastScheduled).orElse(null);
        if (last != null && !slot.isAfter(last)) {
            leases.release(job, token.get());
            return Optional.empty();
        }
        leases.markScheduled(job, token.get(), slot);
        return Optional.of(launch(job, JobCatalog.scheduledParameters(job, slot), null, token.get()));
    }

    /** Whether an execution is still running according to the job repository. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean running(long executionId) {
        try {
            return RUNNING.contains(operator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    /** Starts (or restarts) under the lease, outside any transaction; 409 {@code job.running} when the lease is taken. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobExecutionView launch(String job, Properties p, Long restartOf) {
        String token = acquire(job).orElseThrow(() -> new ConflictException("job.running", job));
        return view(executionOf(launch(job, p, restartOf, token)));
    }

    /** Asks the job operator to stop an execution, outside any transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobExecutionView halt(long executionId) {
        try {
            operator().stop(executionId);
        } catch (RuntimeException x) {
            throw new SuanliException("job.notStoppable", String.valueOf(executionId), String.valueOf(x.getMessage()));
        }
        return view(executionOf(executionId));
    }

    private JobServiceBean self() {
        return ctx.getBusinessObject(JobServiceBean.class);
    }

    /** Takes the lease; a lease still held for an execution that has ended (its listener did not run) is freed first. */
    private Optional<String> acquire(String job) {
        Duration ttl = Duration.ofSeconds(Math.max(30, leaseSeconds));
        Optional<String> token = leases.tryAcquire(job, ttl);
        if (token.isEmpty()) {
            Optional<JobLeases.LeaseView> l = leases.find(job);
            if (l.isPresent() && l.get().held() && l.get().executionId() != null && !running(l.get().executionId())) {
                leases.releaseExecution(job, l.get().executionId());
                token = leases.tryAcquire(job, ttl);
            }
        }
        return token;
    }

    private long launch(String job, Properties p, Long restartOf, String token) {
        p.setProperty(LEASE_PARAMETER, token);
        try {
            long id = restartOf == null ? operator().start(job, p) : operator().restart(restartOf, p);
            leases.attach(job, token, id);
            LOG.info(() -> (restartOf == null ? "started " : "restarted " + restartOf + " as ") + job + " execution " + id + " holding " + token);
            return id;
        } catch (RuntimeException e) {
            leases.release(job, token);
            LOG.log(Level.WARNING, "job " + job + " could not be started", e);
            throw new SuanliException("job.failedToStart", job, String.valueOf(e.getMessage()));
        }
    }

    private void known(String job) {
        if (job == null || JobCatalog.find(job, config.isDev()).isEmpty()) {
            throw new NotFoundException("job.unknown", String.valueOf(job));
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private JobExecution executionOf(long executionId) {
        try {
            JobExecution e = operator().getJobExecution(executionId);
            if (e == null || JobCatalog.find(e.getJobName(), config.isDev()).isEmpty()) {
                throw new NotFoundException("job.executionNotFound", String.valueOf(executionId));
            }
            return e;
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("job.executionNotFound", String.valueOf(executionId));
        }
    }

    private List<JobExecutionView> list(String job, int max) {
        JobOperator op = operator();
        List<JobExecution> all = new ArrayList<>();
        try {
            int count = op.getJobInstanceCount(job);
            // JBeret answers the newest instances first; should a repository answer oldest first, take the last ones
            int n = Math.min(count, max);
            List<JobInstance> instances = op.getJobInstances(job, 0, n);
            if (instances.size() > 1 && count > n
                    && instances.get(0).getInstanceId() < instances.get(instances.size() - 1).getInstanceId()) {
                instances = op.getJobInstances(job, count - n, n);
            }
            for (JobInstance i : instances) {
                all.addAll(op.getJobExecutions(i));
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<JobExecution> newest = all.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max).toList();
        Map<Long, JobProgress.Progress> published = progress.of(newest.stream().map(JobExecution::getExecutionId).toList());
        return newest.stream().map(e -> view(e, published.get(e.getExecutionId()))).toList();
    }

    private JobExecutionView view(JobExecution e) {
        return view(e, progress.of(List.of(e.getExecutionId())).get(e.getExecutionId()));
    }

    private JobExecutionView view(JobExecution e, JobProgress.Progress published) {
        JobOperator op = operator();
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution s : op.getStepExecutions(e.getExecutionId())) {
            if (s.getMetrics() == null) {
                continue;
            }
            for (Metric m : s.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
                    default -> {
                    }
                }
            }
        }
        Long total = published == null ? null : published.total();
        Long done = published == null || published.done() == null ? (total == null ? null : read) : published.done();
        Integer percent = null;
        if (total != null) {
            percent = e.getBatchStatus() == BatchStatus.COMPLETED || total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
        Map<String, String> params = new LinkedHashMap<>();
        Properties p = e.getJobParameters();
        if (p != null) {
            p.stringPropertyNames().stream().sorted().filter(k -> !k.equals(LEASE_PARAMETER)).forEach(k -> params.put(k, p.getProperty(k)));
        }
        long instanceId;
        try {
            instanceId = op.getJobInstance(e.getExecutionId()).getInstanceId();
        } catch (RuntimeException x) {
            instanceId = 0;
        }
        return new JobExecutionView(e.getExecutionId(), e.getJobName(), instanceId, e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getCreateTime()), instant(e.getStartTime()), instant(e.getEndTime()), read, written, skipped, total, done, percent, params);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
