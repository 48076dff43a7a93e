package io.suanli.core.usage.application;

/**
 * Starts the import job of a received SDR file (implemented next to the job, in the batch module, so that the job
 * operator of that module finds the job XML). Returns the job execution id.
 */
public interface SdrImportLauncher {

    long start(long fileId);

    /** Restarts the last execution of the file's import after a failure or a stop; returns the new execution id. */
    long restart(long executionId);

    /** Asks a running execution to stop after its current chunk. */
    void stop(long executionId);
}
