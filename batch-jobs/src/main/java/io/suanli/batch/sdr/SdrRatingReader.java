package io.suanli.batch.sdr;

import io.suanli.core.usage.application.SdrImportService;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The resources the file touched, in id order (items are resource ids). On its first open it ends the load step's
 * work (counts, the error-ratio decision, the work list); a rejected file has nothing to rate. The checkpoint is the
 * last resource rated.
 */
@Named
@Dependent
public class SdrRatingReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    SdrImportService imports;

    private long fileId;
    private long last;
    private boolean done;
    private final Deque<Long> next = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        fileId = SdrJobs.fileId(job);
        imports.take(fileId, job.getExecutionId()); // a restart may resume here, the file FAILED
        if (checkpoint == null) {
            done = imports.endLoad(fileId).rejected();
            last = Long.MIN_VALUE;
        } else {
            last = (Long) checkpoint;
        }
        step.setTransientUserData(imports.context(fileId));
    }

    @Override
    public Object readItem() {
        if (done) {
            return null;
        }
        if (next.isEmpty()) {
            next.addAll(imports.toRate(fileId, last, 200));
            if (next.isEmpty()) {
                done = true;
                return null;
            }
        }
        last = next.poll();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
