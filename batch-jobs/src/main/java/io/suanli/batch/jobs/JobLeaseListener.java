package io.suanli.batch.jobs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Job listener every job XML declares ({@code <listener ref="jobLeaseListener"/>}): when the job ends — completed,
 * failed or stopped — it gives the job's cluster lease back at once, so the next start need not wait for the lease to
 * run out. (Without it the scheduler frees the lease within a minute of the end.) It also tells {@link JobRecovery}
 * which executions run in this JVM.
 */
@Named("jobLeaseListener")
@Dependent
public class JobLeaseListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(JobLeaseListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    LeaseKeeper keeper;

    @Override
    public void beforeJob() {
        JobRecovery.HERE.add(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        JobRecovery.HERE.remove(job.getExecutionId());
        try {
            Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
            String token = p == null ? null : p.getProperty(JobServiceBean.LEASE_PARAMETER);
            keeper.release(job.getJobName(), token, job.getExecutionId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lease of " + job.getJobName() + " not given back; it runs out by itself", e);
        }
    }
}
