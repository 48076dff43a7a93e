package io.suanli.core.system.application;

import java.util.List;
import java.util.Map;

/**
 * Batch job control for system administrators (S7): the known jobs with their schedule and last execution, the
 * executions of a job with their progress, start, stop and restart. Implemented in the batch-jobs module (the job XML
 * and artifacts live there, and so must the calls to the Jakarta Batch {@code JobOperator}); every start goes through
 * the job's cluster lease ({@link JobLeases}), so a second start while one runs is refused with 409
 * {@code job.running}.
 */
public interface JobService {

    List<JobView> jobs();

    List<JobExecutionView> executions(String job, int max);

    JobExecutionView execution(long executionId);

    JobExecutionView start(String job, Map<String, String> parameters);

    JobExecutionView stop(long executionId);

    JobExecutionView restart(long executionId);
}
