package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which expiry reminder is due for a prepaid term (B3). The thresholds are days before the end (e.g. 7, 3, 1). A term
 * that ends within {@code t} days has passed threshold {@code t}; the reminder due is the one of the smallest threshold
 * passed, once: a resource first seen two days before its end gets the 3-day reminder only, never 7 and 3 at once,
 * and the 7-day one is not sent afterwards. Nothing is due once the term has ended.
 */
public final class ReminderThresholds {

    private final List<Integer> days;

    private ReminderThresholds(List<Integer> days) {
        this.days = days;
    }

    /** From a setting like {@code 7,3,1}: positive whole days, duplicates ignored. */
    public static ReminderThresholds parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new SuanliException("reminder.thresholdsInvalid", String.valueOf(setting));
        }
        try {
            List<Integer> d = Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                    .distinct().sorted().toList();
            if (d.isEmpty() || d.get(0) <= 0 || d.get(d.size() - 1) > 366) {
                throw new SuanliException("reminder.thresholdsInvalid", setting);
            }
            return new ReminderThresholds(d);
        } catch (NumberFormatException e) {
            throw new SuanliException("reminder.thresholdsInvalid", setting);
        }
    }

    /** Ascending. */
    public List<Integer> days() {
        return days;
    }

    /** The largest threshold: how far ahead of the end the job looks. */
    public int horizonDays() {
        return days.get(days.size() - 1);
    }

    /** The threshold whose reminder is due at {@code now} for a term ending at {@code end}, given those already sent for it. */
    public OptionalInt due(Instant now, Instant end, Collection<Integer> alreadySent) {
        if (end == null || !now.isBefore(end)) {
            return OptionalInt.empty();
        }
        Duration left = Duration.between(now, end);
        for (int t : days) {
            if (left.compareTo(Duration.ofDays(t)) <= 0) {
                boolean sentSameOrLater = alreadySent.stream().anyMatch(s -> s <= t);
                return sentSameOrLater ? OptionalInt.empty() : OptionalInt.of(t);
            }
        }
        return OptionalInt.empty();
    }

    /** Whole days left, rounded up (what the message says). */
    public static long daysLeft(Instant now, Instant end) {
        long seconds = Duration.between(now, end).getSeconds();
        return Math.max(0, (seconds + 86_399) / 86_400);
    }
}
