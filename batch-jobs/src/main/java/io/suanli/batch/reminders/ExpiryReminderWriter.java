package io.suanli.batch.reminders;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Sends the reminder due for each resource read (each its own transaction); counts what was sent in the exit status. */
@Named("expiryReminderWriter")
@Dependent
public class ExpiryReminderWriter extends AbstractItemWriter {

    @Inject
    ReminderCalls calls;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    private int sent;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            if (calls.remind((Long) id) != null) {
                sent++;
            }
        }
        step.setExitStatus("SENT " + sent);
        job.setTransientUserData(sent);
    }
}
