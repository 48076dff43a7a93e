package io.suanli.core.usage.tools;

import io.suanli.core.usage.domain.SdrFormat;
import io.suanli.core.usage.domain.SdrGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Command line: writes a realistic SDR file ({@code java -cp ejb-core/target/classes io.suanli.core.usage.tools.SdrWrite <file> <records>}). */
public final class SdrWrite {

    private SdrWrite() {
    }

    /**
     * {@code <file> <records> [seed] [errorShare]}: writes {@code records} lines over 200 sample resources, the last
     * one ending at least an hour before now, and prints what it wrote.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SdrWrite <file> <records> [seed=1] [errorShare=0]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long records = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        BigDecimal errors = args.length > 3 ? new BigDecimal(args[3]) : BigDecimal.ZERO;
        List<SdrGenerator.Resource> resources = SdrGenerator.sampleResources(200, seed);
        long hours = (records + resources.size() - 1) / resources.size();
        Instant now = new io.suanli.core.shared.application.RealTime().now().truncatedTo(ChronoUnit.HOURS);
        SdrGenerator.Plan plan = SdrGenerator.Plan.of(resources, now.minus(hours + 1, ChronoUnit.HOURS), records, seed).withErrors(errors);
        long t0 = System.nanoTime();
        SdrGenerator.Generated g;
        try (OutputStream out = Files.newOutputStream(file)) {
            g = new SdrGenerator(SdrFormat.defaults()).write(plan, out);
        }
        System.out.printf("%s: %d lines (%d normal, %d corrections, %d bad) in %d ms%n", file, g.lines(), g.normal(),
                g.corrections(), g.injected().size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
