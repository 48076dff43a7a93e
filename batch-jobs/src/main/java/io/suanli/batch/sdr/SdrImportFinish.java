package io.suanli.batch.sdr;

import io.suanli.core.usage.application.SdrImportService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the file imported (a rejected file keeps its status). */
@Named
@Dependent
public class SdrImportFinish extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    SdrImportService imports;

    @Override
    public String process() {
        imports.take(SdrJobs.fileId(job), job.getExecutionId()); // a restart may resume here, the file FAILED
        imports.finish(SdrJobs.fileId(job));
        return "COMPLETED";
    }
}
