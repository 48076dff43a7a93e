package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * The validation limits of the SDR parser, from settings with defaults (see {@code docs/sdr-format.md}).
 *
 * @param maxQuantityPerHour  a usage amount above (hours of the period × this) is absurd ({@code ABSURD_USAGE})
 * @param clockSkew           how far in the future a time stamp or end time may lie before it is {@code FUTURE_TIME}
 * @param errorRatioThreshold above this share of rejected lines (0–1) the file should be stopped
 * @param maxLineLength       the longest line in bytes ({@code LINE_TOO_LONG} beyond)
 * @param errorsKept          how many line errors the summary keeps (all are passed to the sink)
 */
public record SdrLimits(BigDecimal maxQuantityPerHour, Duration clockSkew, BigDecimal errorRatioThreshold,
                        int maxLineLength, int errorsKept) {

    public static final String MAX_QUANTITY_PER_HOUR = "suanli.sdr.max-quantity-per-hour";
    public static final String CLOCK_SKEW = "suanli.sdr.clock-skew";
    public static final String ERROR_RATIO_THRESHOLD = "suanli.sdr.error-ratio-threshold";
    public static final String MAX_LINE_LENGTH = "suanli.sdr.max-line-length";
    public static final String ERRORS_KEPT = "suanli.sdr.errors-kept";

    public SdrLimits {
        if (maxQuantityPerHour.signum() <= 0) {
            throw new IllegalArgumentException(MAX_QUANTITY_PER_HOUR + " must be positive");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException(CLOCK_SKEW + " must not be negative");
        }
        if (errorRatioThreshold.signum() < 0 || errorRatioThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(ERROR_RATIO_THRESHOLD + " must be between 0 and 1");
        }
        if (maxLineLength < 64 || errorsKept < 0) {
            throw new IllegalArgumentException(MAX_LINE_LENGTH + " must be at least 64, " + ERRORS_KEPT + " not negative");
        }
    }

    public static SdrLimits defaults() {
        return fromSettings(Map.of());
    }

    public static SdrLimits fromSettings(Map<String, String> s) {
        return new SdrLimits(new BigDecimal(SdrFormat.setting(s, MAX_QUANTITY_PER_HOUR, "100000")),
                Duration.parse(SdrFormat.setting(s, CLOCK_SKEW, "PT5M")),
                new BigDecimal(SdrFormat.setting(s, ERROR_RATIO_THRESHOLD, "0.05")),
                Integer.parseInt(SdrFormat.setting(s, MAX_LINE_LENGTH, "65536")),
                Integer.parseInt(SdrFormat.setting(s, ERRORS_KEPT, "100")));
    }

    public SdrLimits withErrorRatioThreshold(BigDecimal threshold) {
        return new SdrLimits(maxQuantityPerHour, clockSkew, threshold, maxLineLength, errorsKept);
    }

    public SdrLimits withMaxQuantityPerHour(BigDecimal max) {
        return new SdrLimits(max, clockSkew, errorRatioThreshold, maxLineLength, errorsKept);
    }
}
