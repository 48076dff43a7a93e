package io.suanli.core.billing.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts, stops and restarts the {@code bill-run} job (B2) and reads its executions. Implemented next to the job, in
 * the batch module, so that the job operator it uses is the one of the module holding the job XML.
 */
public interface BillRunLauncher {

    /** Starts the run of a period ({@code yyyy-MM}) in {@code partitions} partitions and chunks of {@code chunk} customers. */
    long start(String period, int partitions, int chunk);

    /** Restarts a stopped or failed execution from its checkpoints, with its parameters; answers the new execution id. */
    long restart(long executionId);

    /** Asks a running execution to stop after its current chunks. */
    void stop(long executionId);

    /** An execution of the bill run, if it is one. */
    Optional<Execution> execution(long executionId);

    /** The executions of the bill run that are starting, started or stopping. */
    List<Long> running();

    /** What the job repository knows of an execution. */
    record Execution(long id, String period, String status, String exitStatus, Instant createdAt, Instant startedAt, Instant endedAt,
                     long customersRead, long customersWritten) {
    }
}
