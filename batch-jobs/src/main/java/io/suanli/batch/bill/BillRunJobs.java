package io.suanli.batch.bill;

import io.suanli.core.billing.application.BillRunLauncher;
import io.suanli.core.shared.domain.Roles;
import io.suanli.batch.jobs.JobServiceBean;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts, stops and restarts the {@code bill-run} job and reads its executions. An EJB of this module, so that the
 * job operator it gets is the one of the module holding the job XML. Starts and restarts take the job's cluster lease
 * ({@link JobServiceBean#launch}), as scheduled starts do, so that a run whose server died is told from one that runs
 * on another node ({@link io.suanli.batch.jobs.JobRecovery}).
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.OPS_ADMIN, Roles.SYS_ADMIN})
@RunAs(Roles.SYS_ADMIN)
public class BillRunJobs implements BillRunLauncher {

    public static final String JOB = "bill-run";

    @Inject
    JobServiceBean jobs;

    @Override
    public long start(String period, int partitions, int chunk) {
        Properties p = new Properties();
        p.setProperty("period", period);
        p.setProperty("partitions", Integer.toString(partitions));
        p.setProperty("chunk", Integer.toString(chunk));
        return jobs.launch(JOB, p, null).id();
    }

    @Override
    public long restart(long executionId) {
        Properties old = operator().getParameters(executionId); // the period, partitions and chunk of the first start
        Properties p = new Properties();
        if (old != null) {
            old.stringPropertyNames().stream().filter(k -> !k.equals(JobServiceBean.LEASE_PARAMETER)).forEach(k -> p.setProperty(k, old.getProperty(k)));
        }
        return jobs.launch(JOB, p, executionId).id();
    }

    @Override
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    @Override
    public Optional<Execution> execution(long executionId) {
        JobOperator o = operator();
        JobExecution e;
        try {
            e = o.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException ex) {
            return Optional.empty();
        }
        if (e == null || !JOB.equals(e.getJobName())) {
            return Optional.empty();
        }
        Properties p = e.getJobParameters();
        long read = 0;
        long written = 0;
        for (StepExecution s : o.getStepExecutions(executionId)) {
            if (!"bills".equals(s.getStepName())) {
                continue; // the customers' bills; the distributors' statements step is counted by its statements
            }
            for (Metric m : s.getMetrics()) {
                if (m.getType() == Metric.MetricType.READ_COUNT) {
                    read += m.getValue();
                } else if (m.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += m.getValue();
                }
            }
        }
        return Optional.of(new Execution(executionId, p == null ? null : p.getProperty("period"), String.valueOf(e.getBatchStatus()),
                e.getExitStatus(), instant(e.getCreateTime()), instant(e.getStartTime()), instant(e.getEndTime()), read, written));
    }

    @Override
    public List<Long> running() {
        try {
            return operator().getRunningExecutions(JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
