package io.suanli.batch.sdr;

import io.suanli.core.usage.application.SdrImportService;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A failed or stopped import leaves its file FAILED, to be restarted from the system console. */
@Named
@Dependent
public class SdrImportListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    SdrImportService imports;

    @Override
    public void beforeJob() {
        SdrImportRecovery.RUNNING.add(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        SdrImportRecovery.RUNNING.remove(job.getExecutionId());
        BatchStatus s = job.getBatchStatus();
        if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.STOPPING) {
            imports.failed(SdrJobs.fileId(job), s + (job.getExitStatus() == null ? "" : ": " + job.getExitStatus()));
        }
    }
}
