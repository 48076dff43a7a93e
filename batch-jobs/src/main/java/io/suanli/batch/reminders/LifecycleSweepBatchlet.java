package io.suanli.batch.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * The resource lifecycle sweep as the last step of the daily job: expired → frozen after the grace period → released
 * after the retention period (through the connector for resources opened automatically). The same sweep also runs
 * every five minutes from {@code ResourceLifecycleTimer}; both are idempotent under the resource row lock.
 */
@Named("lifecycleSweepBatchlet")
@Dependent
public class LifecycleSweepBatchlet extends AbstractBatchlet {

    @Inject
    ReminderCalls calls;

    @Inject
    JobContext job;

    @Override
    public String process() {
        Map<String, Integer> moved = calls.sweep();
        Object sent = job.getTransientUserData();
        String exit = "reminders " + (sent == null ? 0 : sent) + ", lifecycle " + moved;
        job.setExitStatus(exit.length() > 250 ? exit.substring(0, 250) : exit);
        return "COMPLETED";
    }
}
