package io.suanli.batch.jobs;

import io.suanli.core.system.application.JobProgress;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The dev profile's {@code dev-sleep} job: waits {@code seconds} (default 20) ticks of {@code tickMillis} (default
 * 1000, at least 10: tests run it faster) one at a time, publishing its
 * progress ({@link JobProgress#total}, {@link JobProgress#done}) and answering a stop at once. It exists to try the job
 * console, stop, restart and the lease without touching data; {@code JobService} starts it only in the dev profile.
 */
@Named("devSleepBatchlet")
@Dependent
public class DevSleepBatchlet extends AbstractBatchlet {

    public static final String JOB = "dev-sleep";

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "seconds")
    String seconds;

    @Inject
    @BatchProperty(name = "tickMillis")
    String tickMillis;

    @Inject
    JobProgress progress;

    private volatile boolean stopped;

    @Override
    public String process() throws Exception {
        int total = seconds == null || seconds.isBlank() ? 20 : Math.max(0, Math.min(3600, Integer.parseInt(seconds.trim())));
        long tick = tickMillis == null || tickMillis.isBlank() ? 1000 : Math.max(10, Math.min(1000, Long.parseLong(tickMillis.trim())));
        long id = job.getExecutionId();
        progress.total(id, total);
        for (int i = 0; i < total; i++) {
            if (stopped) {
                return BatchStatus.STOPPED.name();
            }
            Thread.sleep(tick);
            progress.done(id, i + 1);
        }
        return BatchStatus.COMPLETED.name();
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
