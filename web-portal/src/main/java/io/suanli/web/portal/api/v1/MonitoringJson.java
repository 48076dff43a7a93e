package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.IdleHint;
import io.suanli.core.ordering.application.MetricSeries;
import io.suanli.core.ordering.application.MonitoringOverview;
import io.suanli.core.ordering.application.ResourceMetrics;
import io.suanli.core.ordering.domain.PoolKind;
import io.suanli.core.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The JSON of monitoring (U7, U9): utilisation percentages and amounts as strings with two decimals, times ISO-8601 UTC.
 */
final class MonitoringJson {

    private MonitoringJson() {
    }

    static JsonObject metrics(ResourceMetrics m, Locale locale) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("resourceId", String.valueOf(m.resourceId()))
                .add("period", m.period())
                .add("from", m.from().toString())
                .add("to", m.to().toString())
                .add("granularitySeconds", m.granularitySeconds())
                .add("state", m.state().name());
        if (m.messageKey() != null) {
            b.add("messageCode", m.messageKey()).add("message", m.message(locale));
        }
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (MetricSeries s : m.series()) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            s.points().forEach(p -> points.add(Json.createObjectBuilder().add("at", p.at().toString()).add("value", p.value().toPlainString())));
            JsonObjectBuilder x = Json.createObjectBuilder().add("measure", s.measure()).add("metric", s.metricName()).add("unit", s.unit())
                    .add("points", points);
            opt(x, "average", s.average());
            opt(x, "max", s.max());
            series.add(x);
        }
        return b.add("series", series).build();
    }

    static JsonObject idle(IdleHint h) {
        return Json.createObjectBuilder().add("days", h.days()).add("averagePercent", h.averagePercent().toPlainString())
                .add("thresholdPercent", h.thresholdPercent().stripTrailingZeros().toPlainString()).add("idle", h.idle()).build();
    }

    static JsonObject overview(MonitoringOverview o, Locale locale) {
        JsonObjectBuilder instances = Json.createObjectBuilder();
        o.instances().forEach(instances::add);
        JsonArrayBuilder provisioning = Json.createArrayBuilder();
        o.provisioning().forEach(p -> provisioning.add(Json.createObjectBuilder().add("resourceId", String.valueOf(p.resourceId()))
                .add("productCode", p.productCode()).add("specCode", p.specCode()).add("nodes", p.nodes()).add("orderNo", p.orderNo())
                .add("since", p.since().toString()).add("orderStatus", p.orderStatus()).add("delayed", p.delayed())));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("from", o.from().toString())
                .add("to", o.to().toString())
                .add("instances", instances)
                .add("totalInstances", o.totalInstances())
                .add("provisioning", provisioning)
                .add("spendVisible", o.spendVisible());
        if (o.spendVisible()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            for (MonitoringOverview.ProductLine l : o.consumption()) {
                JsonObjectBuilder x = Json.createObjectBuilder().add("productCode", l.productCode()).add("name", l.name(locale))
                        .add("poolKind", l.kind().name()).add("charged", l.charged().toString()).add("refunded", l.refunded().toString())
                        .add("net", l.net().toString());
                opt(x, "resourceType", l.resourceTypeCode());
                lines.add(x);
            }
            JsonObjectBuilder kinds = Json.createObjectBuilder();
            for (PoolKind k : PoolKind.values()) {
                kinds.add(k.name(), o.of(k).toString());
            }
            b.add("accumulatedSpend", o.accumulatedSpend().toString()).add("consumption", lines).add("consumptionByPoolKind", kinds)
                    .add("periodTotal", o.periodTotal().toString());
        }
        return b.build();
    }

    private static void opt(JsonObjectBuilder b, String name, Object v) {
        if (v instanceof BigDecimal d) {
            b.add(name, d.toPlainString());
        } else if (v instanceof Money m) {
            b.add(name, m.toString());
        } else if (v != null) {
            b.add(name, v.toString());
        }
    }
}
