package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time arithmetic of prepaid terms and the money rules of §8 that depend on it, in one place so that a preview
 * and the execution compute the same numbers.
 * <ul>
 *   <li>A term of N months (years) ends N calendar months (years) after its start, in the platform time zone:
 *   1 July 00:00 + 3 months = 1 October 00:00 (92 days, 2208 hours).</li>
 *   <li>Used time runs from the start of the value to the effective time, rounded up to whole hours.</li>
 *   <li>Used charge = value × used hours ÷ hours of the value, rounded half-up to the fen; refund = value − used
 *   charge.</li>
 * </ul>
 */
public final class Terms {

    private Terms() {
    }

    /** The end of a prepaid term that starts at {@code start}. */
    public static Instant end(Instant start, String billingMode, int periods, ZoneId zone) {
        return switch (billingMode) {
            case "PREPAID_MONTHLY" -> start.atZone(zone).plusMonths(periods).toInstant();
            case "PREPAID_YEARLY" -> start.atZone(zone).plusYears(periods).toInstant();
            default -> throw new IllegalArgumentException("not a prepaid billing mode: " + billingMode);
        };
    }

    public static boolean isPrepaid(String billingMode) {
        return "PREPAID_MONTHLY".equals(billingMode) || "PREPAID_YEARLY".equals(billingMode);
    }

    /** Whether a price unit counts nodes (the node quota), as opposed to capacity (GB) or requests. */
    public static boolean countsNodes(String unit) {
        return unit != null && !unit.startsWith("GB_") && !"REQUEST_10K".equals(unit);
    }

    /** Whole hours between two instants (the term's length; terms start and end on the hour they were activated). */
    public static int hours(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        if (seconds < 0) {
            throw new IllegalArgumentException("negative span");
        }
        return Math.toIntExact((seconds + 3599) / 3600);
    }

    /** Hours used from {@code from} to {@code at}, rounded up (a started hour counts), never beyond {@code total}. */
    public static int usedHours(Instant from, Instant at, int total) {
        if (!at.isAfter(from)) {
            return 0;
        }
        return Math.min(total, hours(from, at));
    }

    /** What {@code used} hours of {@code hours} cost of {@code value}: value × used ÷ hours, half-up to the fen. */
    public static Money usedCharge(Money value, int used, int hours) {
        if (hours <= 0) {
            throw new SuanliException("resource.termOver");
        }
        return Money.of(value.amount().multiply(BigDecimal.valueOf(used))
                .divide(BigDecimal.valueOf(hours), 10, Money.ROUNDING));
    }

    /** What is left of {@code value} after {@code used} of {@code hours}. */
    public static Money remaining(Money value, int used, int hours) {
        return value.minus(usedCharge(value, used, hours));
    }

    /** {@code amount} × part ÷ whole, half-up to the fen (the prorated share of a full-term price). */
    public static Money prorate(Money amount, int part, int whole) {
        return usedCharge(amount, part, whole);
    }
}
