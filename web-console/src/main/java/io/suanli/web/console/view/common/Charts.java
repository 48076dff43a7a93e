package io.suanli.web.console.view.common;

import io.suanli.core.ordering.application.MetricSeries;
import io.suanli.core.ordering.application.ResourceMetrics;
import io.suanli.core.shared.application.PlatformClock;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Chart.js configurations for {@code <p:chart value="…">} (PrimeFaces 15 takes the chart as its JSON configuration;
 * Chart.js itself is served by PrimeFaces, nothing from a CDN). Labels are Beijing times; a point one series lacks is
 * a gap, never a zero.
 */
public final class Charts {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2"};
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private Charts() {
    }

    /** A line chart of the utilisation series (0–100 %), one line per measure, labelled by {@code label(measure)}. */
    public static String utilisation(ResourceMetrics m, Function<String, String> label) {
        DateTimeFormatter f = m.period().endsWith("h") ? SHORT : LONG;
        TreeSet<Instant> times = new TreeSet<>();
        m.series().forEach(s -> s.points().forEach(p -> times.add(p.at())));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        times.forEach(t -> labels.add(f.format(t.atZone(PlatformClock.ZONE))));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (MetricSeries s : m.series()) {
            Map<Instant, BigDecimal> byTime = new TreeMap<>();
            s.points().forEach(p -> byTime.put(p.at(), p.value()));
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Instant t : times) {
                BigDecimal v = byTime.get(t);
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", label.apply(s.measure())).add("data", data).add("borderColor", colour)
                    .add("backgroundColor", colour).add("borderWidth", 2).add("pointRadius", 0).add("tension", 0.3).add("spanGaps", false));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 20));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options().add("scales", Json.createObjectBuilder().add("y", y)
                        .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 12)))))
                .build().toString();
    }

    /** A doughnut of amounts by label (e.g. consumption per pool kind); empty amounts are left out. */
    public static String doughnut(List<String> labels, List<BigDecimal> amounts) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (amounts.get(i) != null && amounts.get(i).signum() > 0) {
                l.add(labels.get(i));
                data.add(amounts.get(i));
                colours.add(COLOURS[i % COLOURS.length]);
            }
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", l)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours))))
                .add("options", options()).build().toString();
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }

    /** How many values the chart's datasets hold, gaps left out (the page shows it for tests and screen readers). */
    public static int points(ResourceMetrics m) {
        return m == null ? 0 : m.series().stream().mapToInt(s -> s.points().size()).sum();
    }
}
