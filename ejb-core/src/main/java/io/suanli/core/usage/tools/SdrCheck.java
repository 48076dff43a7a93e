package io.suanli.core.usage.tools;

import io.suanli.core.usage.domain.SdrFormat;
import io.suanli.core.usage.domain.SdrLimits;
import io.suanli.core.usage.domain.SdrParseSummary;
import io.suanli.core.usage.domain.SdrParser;

import java.io.IOException;
import java.io.InputStream;

/** Command line: checks an SDR file ({@code java -cp ejb-core/target/classes io.suanli.core.usage.tools.SdrCheck <file>}). */
public final class SdrCheck {

    private SdrCheck() {
    }

    /**
     * {@code <file>}: parses a file with the default format and limits against the current time and prints the
     * summary and the first errors (a check for hand-made or delivered files).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SdrCheck <file>");
            System.exit(2);
        }
        java.nio.file.Path file = java.nio.file.Path.of(args[0]);
        long[] count = new long[1];
        long t0 = System.nanoTime();
        SdrParseSummary s;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            s = new SdrParser(SdrFormat.defaults(), SdrLimits.defaults())
                    .parse(String.valueOf(file.getFileName()), in, new io.suanli.core.shared.application.RealTime().now(), r -> count[0]++);
        }
        System.out.printf("%s: name %s, %d lines, %d records (%d normal, %d corrections), %d errors %s, ratio %s%s, %d ms%n",
                file, s.fileNameAccepted() ? "ok" : "NOT MATCHING the pattern", s.linesRead(), s.recordsOk(), s.normal(),
                s.corrections(), s.errors(), s.errorsByReason(), s.errorRatio().toPlainString(),
                s.errorRatioExceeded() ? " (ABOVE the threshold)" : "", (System.nanoTime() - t0) / 1_000_000);
        s.firstErrors().stream().limit(20).forEach(e ->
                System.out.printf("  line %d %s: %s%n", e.lineNumber(), e.reason(), e.message()));
    }
}
