package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rates the usage of one resource per hour from all its records, of every file: an hour's usage is the sum of its
 * normal records, unless corrections exist, then the latest correction (by time stamp, then file and line) replaces
 * them. The amount is usage × the unit price in force at that hour, rounded half-up to the fen once per hour.
 */
public final class UsageRater {

    /** One stored record, as rating needs it; {@code order} breaks ties between corrections of the same time stamp. */
    public record Usage(Instant hour, boolean correction, Instant stamp, long fileId, long lineNo, BigDecimal amount) {
    }

    /** An hour rated: its usage, the price version and the amount (null version and zero amount when unpriced). */
    public record Rated(Instant hour, BigDecimal usage, UsagePrice price, BigDecimal amount) {
    }

    private static final Comparator<Usage> LATEST = Comparator.comparing(Usage::stamp)
            .thenComparingLong(Usage::fileId).thenComparingLong(Usage::lineNo);

    private UsageRater() {
    }

    /** The hours of {@code usages} with their amounts, in time order; hours without a price are left out. */
    public static List<Rated> rate(String specCode, List<Usage> usages, UsagePrices prices) {
        Map<Instant, BigDecimal> sums = new TreeMap<>();
        Map<Instant, Usage> corrections = new TreeMap<>();
        for (Usage u : usages) {
            if (u.correction()) {
                corrections.merge(u.hour(), u, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            } else {
                sums.merge(u.hour(), u.amount(), BigDecimal::add);
            }
        }
        TreeMap<Instant, BigDecimal> usage = new TreeMap<>(sums);
        corrections.forEach((hour, c) -> usage.put(hour, c.amount()));
        List<Rated> rated = new ArrayList<>(usage.size());
        usage.forEach((hour, amount) -> {
            UsagePrice p = prices.at(specCode, hour);
            if (p != null) {
                rated.add(new Rated(hour, amount, p, amount.multiply(p.amount()).setScale(2, RoundingMode.HALF_UP)));
            }
        });
        return rated;
    }
}
