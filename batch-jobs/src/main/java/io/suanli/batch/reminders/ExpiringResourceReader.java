package io.suanli.batch.reminders;

import io.suanli.core.system.application.JobProgress;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of resources whose term ends within the largest reminder threshold, in id order, a page at a time.
 * The checkpoint is the last id read, so a restart goes on after it. Publishes its total for the progress bar.
 */
@Named("expiringResourceReader")
@Dependent
public class ExpiringResourceReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    ReminderCalls calls;

    @Inject
    JobProgress progress;

    @Inject
    JobContext job;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint instanceof Long l ? l : 0L;
        progress.total(job.getExecutionId(), calls.countCandidates());
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(calls.candidates(last, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
