package io.suanli.core.system.application;

import java.time.Instant;
import java.util.Map;

/**
 * One execution of a job: JBeret's status and exit status, times, item counts summed over its steps, and the
 * progress (percent of the published total; null when the job published none — see {@link JobProgress}).
 */
public record JobExecutionView(long id, String job, long instanceId, String status, String exitStatus, Instant createdAt, Instant startedAt,
                               Instant endedAt, long read, long written, long skipped, Long total, Long done, Integer percent,
                               Map<String, String> parameters) {

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean stoppable() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }

    public boolean restartable() {
        return "STOPPED".equals(status) || "FAILED".equals(status);
    }
}
