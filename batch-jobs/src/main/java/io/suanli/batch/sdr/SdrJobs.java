package io.suanli.batch.sdr;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.usage.application.SdrImportLauncher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.Stateless;

import java.util.Properties;

/**
 * Starts and restarts the {@code sdr-import} job. An EJB of this module, so that the job operator it gets is the one
 * of the module holding the job XML.
 */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class SdrJobs implements SdrImportLauncher {

    public static final String JOB = "sdr-import";

    @Override
    public long start(long fileId) {
        Properties p = new Properties();
        p.setProperty("fileId", Long.toString(fileId));
        return operator().start(JOB, p);
    }

    @Override
    public long restart(long executionId) {
        JobOperator o = operator();
        Properties p = o.getParameters(executionId); // the file of the first start
        return o.restart(executionId, p == null ? new Properties() : p);
    }

    @Override
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    static long fileId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("fileId"));
    }
}
