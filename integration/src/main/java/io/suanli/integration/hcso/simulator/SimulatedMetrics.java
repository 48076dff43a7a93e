package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * Cloud Eye v1 metric data, generated: one point per period between {@code from} and {@code to} (at most 1440), the
 * same series for the same query every time.
 * <p>
 * The resource (the value of the first dimension, e.g. a pool id) decides a {@link Profile load profile} — idle,
 * light, steady or busy — so different pools look different and an idle pool stays idle. The accelerator
 * ({@code npu_*}, {@code gpu_*}) follows the profile with a working-day rhythm (busier from 09:00 to 21:00 Beijing
 * time, quieter at weekends) and noise; the CPU follows the accelerator at a lower level; memory is high and steady.
 * Values are percentages between 0 and 100 with two decimals. The series does not depend on whether the pool exists:
 * a pool opened a minute ago already has a (simulated) history, so charts have something to show at once.
 */
final class SimulatedMetrics {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_POINTS = 1440;
    private static final long HOUR = 3_600_000L;
    private static final long BEIJING_OFFSET = 8 * HOUR;

    /** How loaded a simulated resource is: the accelerator's base level and the height of its daily swing. */
    enum Profile {
        IDLE(2, 3), LIGHT(18, 15), STEADY(45, 20), BUSY(72, 18);

        final double base;
        final double swing;

        Profile(double base, double swing) {
            this.base = base;
            this.swing = swing;
        }
    }

    HcsoSimulator.Reply metricData(Map<String, String> query) {
        String metric = query.getOrDefault("metric_name", "cpu_util");
        String filter = query.getOrDefault("filter", "average");
        long from = Long.parseLong(query.getOrDefault("from", "0"));
        long to = Long.parseLong(query.getOrDefault("to", "0"));
        long period = Math.max(1, Long.parseLong(query.getOrDefault("period", "300"))) * 1000;
        String dim = query.getOrDefault("dim.0", "");
        String resource = dim.contains(",") ? dim.substring(dim.indexOf(',') + 1) : dim;
        ObjectNode root = MAPPER.createObjectNode().put("metric_name", metric);
        ArrayNode points = root.putArray("datapoints");
        long first = from - Math.floorMod(from, period) + (from % period == 0 ? 0 : period);
        for (long t = first; t < to && points.size() < MAX_POINTS; t += period) {
            points.addObject().put(filter, value(resource, metric, t)).put("timestamp", t).put("unit", "%");
        }
        return HcsoSimulator.Reply.json(200, root);
    }

    HcsoSimulator.Reply metrics() {
        ObjectNode root = MAPPER.createObjectNode();
        root.putArray("metrics");
        root.putObject("meta_data").put("count", 0).put("marker", "").put("total", 0);
        return HcsoSimulator.Reply.json(200, root);
    }

    /** The profile of a resource, from its id alone. */
    static Profile profile(String resource) {
        return Profile.values()[(int) Math.floorMod(mix(resource.hashCode()), (long) Profile.values().length)];
    }

    /** The value of one metric of one resource at one time, in percent (two decimals). */
    static double value(String resource, String metric, long at) {
        Profile p = profile(resource);
        long local = at + BEIJING_OFFSET;
        double hourOfDay = (double) Math.floorMod(local, 24 * HOUR) / HOUR;
        long day = Math.floorDiv(local, 24 * HOUR);
        boolean weekend = Math.floorMod(day + 3, 7L) >= 5; // 1970-01-01 was a Thursday
        // a working-day bump centred on 15:00, low at night
        double daytime = Math.max(0, Math.sin(Math.PI * (hourOfDay - 9) / 12));
        double noise = unit(mix(mix(resource.hashCode() * 31L + metric.hashCode()) + at / 1000)) * 2 - 1;
        double accelerator = p.base + p.swing * daytime * (weekend ? 0.4 : 1) + noise * (p == Profile.IDLE ? 1.5 : 6);
        String m = metric.toLowerCase(Locale.ROOT);
        double v;
        if (m.contains("npu") || m.contains("gpu")) {
            v = accelerator;
        } else if (m.contains("cpu")) {
            v = 5 + accelerator * 0.55 + noise * 3;
        } else if (m.contains("mem")) {
            v = (p == Profile.IDLE ? 12 : 38) + accelerator * 0.35 + noise * 2;
        } else {
            v = 20 + accelerator * 0.5 + noise * 4;
        }
        return Math.round(Math.min(100, Math.max(0, v)) * 100) / 100.0;
    }

    /** SplitMix64's finalizer: spreads the bits of a seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
