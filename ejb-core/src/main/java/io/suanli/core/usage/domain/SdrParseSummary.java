package io.suanli.core.usage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What one parse of an SDR file found.
 *
 * @param fileNameAccepted    false when the name does not match the format's pattern (then nothing was read)
 * @param linesRead           all lines, blank ones included
 * @param blankLines          empty lines, skipped (neither records nor errors)
 * @param recordsOk           valid records passed to the sink ({@code normal + corrections})
 * @param errors              rejected lines
 * @param errorsByReason      rejected lines per reason (only reasons that occurred)
 * @param firstErrors         the first {@link SdrLimits#errorsKept()} errors
 * @param missingFinalNewline the last line had no newline (accepted if complete, else {@code TRUNCATED_LINE})
 * @param errorRatioExceeded  errors ÷ (records + errors) is above the threshold: the job should stop the file
 */
public record SdrParseSummary(String fileName, boolean fileNameAccepted, long bytesRead, long linesRead,
                              long blankLines, long recordsOk, long normal, long corrections, long errors,
                              Map<SdrErrorReason, Long> errorsByReason, List<LineError> firstErrors,
                              boolean missingFinalNewline, BigDecimal errorRatioThreshold, boolean errorRatioExceeded) {

    /** errors ÷ (records + errors), four decimals; 0 for a file without records. */
    public BigDecimal errorRatio() {
        long lines = recordsOk + errors;
        return lines == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(errors).divide(BigDecimal.valueOf(lines), 4, RoundingMode.HALF_UP);
    }

    public long errors(SdrErrorReason reason) {
        return errorsByReason.getOrDefault(reason, 0L);
    }

    /** Whether the file can be taken: a valid name and an error ratio within the threshold. */
    public boolean acceptable() {
        return fileNameAccepted && !errorRatioExceeded;
    }
}
