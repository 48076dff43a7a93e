package io.suanli.core.system.application;

import java.time.Instant;

/**
 * A known batch job: its schedule as configured ({@code suanli.jobs.<name>.schedule}, e.g. {@code daily 02:00} or
 * {@code off}), the next start it plans, whether it runs now (and on which server), and its last execution.
 */
public record JobView(String name, String schedule, Instant nextRun, boolean running, String leaseHolder, Instant leasedUntil,
                      JobExecutionView last) {
}
