package io.suanli.batch.jobs;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Optional;

/**
 * The batch jobs the platform knows, with their default schedules. To add a job: put its XML in
 * {@code META-INF/batch-jobs/<name>.xml} (with the {@code jobLeaseListener} job listener), add a line here, and
 * document {@code suanli.jobs.<name>.schedule} (environment {@code SUANLI_JOBS_<NAME>_SCHEDULE}, dashes as
 * underscores) in the README. The configured value wins over the default here; {@code off} leaves the job to
 * manual starts. Dev-only jobs exist (and start) only in the dev profile.
 */
public final class JobCatalog {

    /** A known job: its name (the job XML id), its default schedule, whether it is a dev-profile tool. */
    public record Known(String name, String defaultSchedule, boolean devOnly) {

        /** The schedule in force: {@code suanli.jobs.<name>.schedule}, else the default. */
        public String schedule() {
            try {
                return ConfigProvider.getConfig().getOptionalValue("suanli.jobs." + name + ".schedule", String.class).orElse(defaultSchedule);
            } catch (RuntimeException e) {
                return defaultSchedule;
            }
        }
    }

    public static final List<Known> JOBS = List.of(
            new Known("expiry-reminders", "daily 02:00", false),
            // the month before the scheduled slot (Beijing time), one bill per customer; manual runs name their period
            new Known("bill-run", "monthly 1 03:00", false),
            // one execution per SDR file, started when the file is received (parameter fileId); progress in bytes
            new Known("sdr-import", "off", false),
            new Known(DevSleepBatchlet.JOB, "off", true));

    private JobCatalog() {
    }

    /** The parameters of a scheduled start at {@code slot}: the bill run bills the month before it. */
    public static java.util.Properties scheduledParameters(String job, java.time.Instant slot) {
        java.util.Properties p = new java.util.Properties();
        if ("bill-run".equals(job)) {
            p.setProperty("period", java.time.YearMonth.from(slot.atZone(Schedule.ZONE)).minusMonths(1).toString());
        }
        return p;
    }

    public static List<Known> visible(boolean dev) {
        return JOBS.stream().filter(j -> dev || !j.devOnly()).toList();
    }

    public static Optional<Known> find(String name, boolean dev) {
        return visible(dev).stream().filter(j -> j.name().equals(name)).findFirst();
    }
}
