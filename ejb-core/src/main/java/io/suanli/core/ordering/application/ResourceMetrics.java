package io.suanli.core.ordering.application;

import io.suanli.core.shared.application.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A resource's utilisation over a period (U7): accelerator, CPU and memory series from the cloud, or why there are
 * none. The state is explicit so that nothing is ever made up:
 * <ul>
 *     <li>{@code OK}: the cloud answered and at least one series has points;</li>
 *     <li>{@code EMPTY}: the cloud answered without points for the period;</li>
 *     <li>{@code NOT_MONITORED}: the resource has no cloud account or no pool (opened by hand, still provisioning);</li>
 *     <li>{@code UNAVAILABLE}: the cloud could not be asked; {@link #messageKey()} says why.</li>
 * </ul>
 */
public record ResourceMetrics(long resourceId, String period, Instant from, Instant to, int granularitySeconds, State state,
                              String messageKey, List<String> messageArgs, List<MetricSeries> series) implements Serializable {

    public enum State { OK, EMPTY, NOT_MONITORED, UNAVAILABLE }

    /** The explanation of a state other than OK, in the language asked for (null for OK). */
    public String message(Locale locale) {
        return messageKey == null ? null : Messages.get(Messages.supported(locale), messageKey, messageArgs.toArray());
    }

    /** The series of one measure, or null. */
    public MetricSeries series(String measure) {
        return series.stream().filter(s -> s.measure().equals(measure)).findFirst().orElse(null);
    }

    public boolean hasData() {
        return state == State.OK;
    }
}
