package io.suanli.core.ordering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The arithmetic of utilisation figures (U7): percentages kept as {@link BigDecimal} with two decimals (a cloud's
 * floating-point value is rounded half-up once, when it is read), averages over a series, and the idle-capacity rule.
 */
public final class Utilisation {

    private Utilisation() {
    }

    /** A cloud value as a percentage with two decimals, clamped to 0…100; null for a value that is not a number. */
    public static BigDecimal percent(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal v = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (v.signum() < 0) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        }
        return v.compareTo(HUNDRED) > 0 ? HUNDRED : v;
    }

    /** The mean of the values with two decimals, half-up; null when there are none. */
    public static BigDecimal average(Collection<BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** The largest value, null when there are none. */
    public static BigDecimal max(Collection<BigDecimal> values) {
        return values == null ? null : values.stream().max(BigDecimal::compareTo).orElse(null);
    }

    /**
     * The idle-capacity rule: a resource is idle when the average accelerator utilisation over the look-back period is
     * strictly below the threshold. No data (null average) is never idle: the hint must not be made up.
     */
    public static boolean idle(BigDecimal average, BigDecimal thresholdPercent) {
        return average != null && thresholdPercent != null && average.compareTo(thresholdPercent) < 0;
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
}
