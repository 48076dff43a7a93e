package io.suanli.batch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a job starts by itself, from {@code suanli.jobs.<name>.schedule}, in the platform time zone ({@code SUANLI_TIME_ZONE}, Beijing time by default):
 * <ul>
 *   <li>{@code off} — only by hand;</li>
 *   <li>{@code daily HH:mm} — every day at that time;</li>
 *   <li>{@code hourly mm} — every hour at that minute;</li>
 *   <li>{@code every N minutes} (or {@code every Nm}) — at every N-th minute since the epoch;</li>
 *   <li>{@code monthly D HH:mm} — on day D (1–28) of each month at that time.</li>
 * </ul>
 * The scheduler starts a job when the latest slot ({@link #lastSlot}) is later than the slot it started last; a slot
 * missed while every server was down is caught up once.
 */
public final class Schedule {

    public static final ZoneId ZONE = io.suanli.core.shared.application.PlatformClock.ZONE;
    public static final Schedule OFF = new Schedule("off", Kind.OFF, 0, null, 0);

    private static final Pattern DAILY = Pattern.compile("daily (\\d{1,2}):(\\d{2})");
    private static final Pattern HOURLY = Pattern.compile("hourly :?(\\d{1,2})");
    private static final Pattern EVERY = Pattern.compile("every (\\d{1,4}) ?(m|min|minutes?)");
    private static final Pattern MONTHLY = Pattern.compile("monthly (\\d{1,2}) (\\d{1,2}):(\\d{2})");

    private enum Kind { OFF, DAILY, HOURLY, EVERY, MONTHLY }

    private final String text;
    private final Kind kind;
    private final int number;
    private final LocalTime time;
    private final int day;

    private Schedule(String text, Kind kind, int number, LocalTime time, int day) {
        this.text = text;
        this.kind = kind;
        this.number = number;
        this.time = time;
        this.day = day;
    }

    /** Parses a schedule; {@link IllegalArgumentException} with the text when it is none of the forms above. */
    public static Schedule parse(String value) {
        String s = value == null ? "off" : value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.isEmpty() || s.equals("off") || s.equals("none") || s.equals("manual")) {
            return OFF;
        }
        try {
            Matcher m = DAILY.matcher(s);
            if (m.matches()) {
                return new Schedule(s, Kind.DAILY, 0, LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), 0);
            }
            m = HOURLY.matcher(s);
            if (m.matches() && Integer.parseInt(m.group(1)) < 60) {
                return new Schedule(s, Kind.HOURLY, Integer.parseInt(m.group(1)), null, 0);
            }
            m = EVERY.matcher(s);
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                return new Schedule(s, Kind.EVERY, Integer.parseInt(m.group(1)), null, 0);
            }
            m = MONTHLY.matcher(s);
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 28) {
                return new Schedule(s, Kind.MONTHLY, 0, LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        Integer.parseInt(m.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            // an hour or minute out of range: refused below
        }
        throw new IllegalArgumentException("schedule: " + value);
    }

    public boolean isOff() {
        return kind == Kind.OFF;
    }

    /** The latest slot at or before {@code now}; null when off. */
    public Instant lastSlot(Instant now) {
        ZonedDateTime z = now.atZone(ZONE);
        return switch (kind) {
            case OFF -> null;
            case DAILY -> {
                ZonedDateTime t = z.with(time).truncatedTo(ChronoUnit.MINUTES);
                yield (t.isAfter(z) ? t.minusDays(1) : t).toInstant();
            }
            case HOURLY -> {
                ZonedDateTime t = z.truncatedTo(ChronoUnit.HOURS).withMinute(number);
                yield (t.isAfter(z) ? t.minusHours(1) : t).toInstant();
            }
            case EVERY -> {
                long minutes = Math.floorDiv(now.getEpochSecond(), 60);
                yield Instant.ofEpochSecond(Math.floorDiv(minutes, number) * number * 60);
            }
            case MONTHLY -> {
                ZonedDateTime t = z.withDayOfMonth(day).with(time).truncatedTo(ChronoUnit.MINUTES);
                yield (t.isAfter(z) ? t.minusMonths(1) : t).toInstant();
            }
        };
    }

    /** The first slot after {@code now}; null when off. */
    public Instant nextSlot(Instant now) {
        Instant last = lastSlot(now);
        if (last == null) {
            return null;
        }
        ZonedDateTime z = last.atZone(ZONE);
        return switch (kind) {
            case DAILY -> z.plusDays(1).with(time).toInstant();
            case HOURLY -> z.plusHours(1).toInstant();
            case EVERY -> last.plus(Duration.ofMinutes(number));
            case MONTHLY -> z.plusMonths(1).withDayOfMonth(day).with(time).toInstant();
            case OFF -> null;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
