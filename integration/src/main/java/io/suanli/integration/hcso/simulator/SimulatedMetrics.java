package io.suanli.integration.hcso.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Cloud Eye v1 metric data, generated: one point per period between {@code from} and {@code to} (at most 1440), a
 * smooth daily wave between 20 and 90 whose phase depends on the metric and the first dimension, so that the same
 * query always answers the same series.
 */
final class SimulatedMetrics {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_POINTS = 1440;

    HcsoSimulator.Reply metricData(Map<String, String> query) {
        String metric = query.getOrDefault("metric_name", "cpu_util");
        String filter = query.getOrDefault("filter", "average");
        long from = Long.parseLong(query.getOrDefault("from", "0"));
        long to = Long.parseLong(query.getOrDefault("to", "0"));
        long period = Math.max(1, Long.parseLong(query.getOrDefault("period", "300"))) * 1000;
        double phase = Math.floorMod((metric + query.getOrDefault("dim.0", "")).hashCode(), 360) * Math.PI / 180;
        ObjectNode root = MAPPER.createObjectNode().put("metric_name", metric);
        ArrayNode points = root.putArray("datapoints");
        long first = from - Math.floorMod(from, period) + (from % period == 0 ? 0 : period);
        for (long t = first; t < to && points.size() < MAX_POINTS; t += period) {
            double value = 55 + 35 * Math.sin(2 * Math.PI * (t % 86_400_000L) / 86_400_000.0 + phase);
            points.addObject().put(filter, Math.round(value * 100) / 100.0).put("timestamp", t).put("unit", "%");
        }
        return HcsoSimulator.Reply.json(200, root);
    }

    HcsoSimulator.Reply metrics() {
        ObjectNode root = MAPPER.createObjectNode();
        root.putArray("metrics");
        root.putObject("meta_data").put("count", 0).put("marker", "").put("total", 0);
        return HcsoSimulator.Reply.json(200, root);
    }
}
