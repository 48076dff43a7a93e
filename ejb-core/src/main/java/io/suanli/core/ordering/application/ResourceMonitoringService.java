package io.suanli.core.ordering.application;

import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.SpendLine;
import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductKind;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.ordering.domain.Consumption;
import io.suanli.core.ordering.domain.MonitoringPeriod;
import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderEvent;
import io.suanli.core.ordering.domain.PoolKind;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.ResourceStatus;
import io.suanli.core.ordering.domain.Utilisation;
import io.suanli.core.ordering.infrastructure.CloudMetricsReader;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource monitoring (U7, U9): utilisation series of one resource from Cloud Eye through the cloud account that serves
 * it, the idle-capacity hint shown before a renewal, and the customer's overview (instances, provisioning, spend,
 * consumption per product type split into shared pool, dedicated pool and other products).
 * <p>
 * A customer sees only its own resources ("not found" otherwise) and needs the {@code VIEW_RESOURCES} permission; the
 * money of the overview needs {@code VIEW_BILLING} as well (left out otherwise). Operations staff who may view orders
 * see any resource's utilisation. A resource the cloud does not monitor has an explicit "not monitored" state, and a
 * cloud that cannot be asked an "unavailable" one with a localized reason — never made-up numbers.
 */
@Stateless
public class ResourceMonitoringService {

    private static final int MAX_OVERVIEW_DAYS = 366;

    /** The measures of a chart, in the order they are shown. */
    public static final List<String> MEASURES = List.of("accelerator", "cpu", "memory");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    OrderRows rows;

    @Inject
    PermissionGuard guard;

    @Inject
    CloudMetricsReader cloud;

    @Inject
    BillService bills;

    @Inject
    CatalogService catalog;

    @Inject
    PlatformClock clock;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.idle-threshold-percent", defaultValue = "10")
    BigDecimal idleThresholdPercent;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.idle-days", defaultValue = "7")
    int idleDays;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.namespace", defaultValue = "SYS.ModelArts")
    String namespace;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.dimension", defaultValue = "pool_id")
    String dimension;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.metric.accelerator", defaultValue = "npu_util")
    String acceleratorMetric;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.metric.cpu", defaultValue = "cpu_util")
    String cpuMetric;

    @Inject
    @ConfigProperty(name = "suanli.monitoring.metric.memory", defaultValue = "mem_util")
    String memoryMetric;

    // ---- utilisation of one resource (U7)

    /** The caller's resource's utilisation over {@code 1h}, {@code 24h} (default), {@code 7d} or {@code 30d}. */
    @RolesAllowed(Roles.CUSTOMER)
    public ResourceMetrics metrics(long resourceId, String period) {
        MonitoringPeriod p = MonitoringPeriod.parse(period);
        return metrics(rows.resource(resourceId, guard.customerOf("VIEW_RESOURCES")), p);
    }

    /** Any resource's utilisation, for operations staff following an order or a customer. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_ORDER_VIEW)
    public ResourceMetrics metricsForOperations(long resourceId, String period) {
        MonitoringPeriod p = MonitoringPeriod.parse(period);
        return metrics(rows.resource(resourceId, null), p);
    }

    /**
     * The idle-capacity hint of the caller's resource: the average accelerator utilisation over the last
     * {@code suanli.monitoring.idle-days} days (7) against {@code suanli.monitoring.idle-threshold-percent} (10). Empty
     * when there is nothing to judge by (not monitored, no points, the cloud unavailable): no hint is better than a
     * wrong one.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<IdleHint> idleHint(long resourceId) {
        Resource r = rows.resource(resourceId, guard.customerOf("VIEW_RESOURCES"));
        Instant to = now(3600);
        Instant from = to.minus(Duration.ofDays(Math.max(1, idleDays)));
        Optional<String> account = monitoredBy(r);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        CloudMetricsReader.Reading reading = cloud.read(account.get(), List.of(MetricQuery.average(namespace, acceleratorMetric, dimension,
                r.resourcePoolId(), from, to, 3600)));
        if (reading.failed()) {
            return Optional.empty();
        }
        BigDecimal average = Utilisation.average(values(reading.series().get(0)));
        return average == null ? Optional.empty()
                : Optional.of(new IdleHint(r.id(), idleDays, average, idleThresholdPercent, Utilisation.idle(average, idleThresholdPercent)));
    }

    ResourceMetrics metrics(Resource r, MonitoringPeriod p) {
        Instant to = now(p.granularitySeconds());
        Instant from = to.minus(p.length());
        Optional<String> account = monitoredBy(r);
        if (account.isEmpty()) {
            String why = r.status() == ResourceStatus.PROVISIONING ? "monitoring.provisioning" : "monitoring.notMonitored";
            return new ResourceMetrics(r.id(), p.code(), from, to, p.granularitySeconds(), ResourceMetrics.State.NOT_MONITORED, why,
                    List.of(String.valueOf(r.id())), List.of());
        }
        List<String> metricNames = List.of(acceleratorMetric, cpuMetric, memoryMetric);
        List<MetricQuery> queries = metricNames.stream()
                .map(m -> MetricQuery.average(namespace, m, dimension, r.resourcePoolId(), from, to, p.granularitySeconds())).toList();
        CloudMetricsReader.Reading reading = cloud.read(account.get(), queries);
        if (reading.failed()) {
            return unavailable(r, p, from, to, reading.errorKey(), reading.errorArgs());
        }
        List<List<MetricPoint>> answers = reading.series();
        List<MetricSeries> series = new ArrayList<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            series.add(series(MEASURES.get(i), metricNames.get(i), answers.get(i)));
        }
        boolean any = series.stream().anyMatch(s -> !s.isEmpty());
        return new ResourceMetrics(r.id(), p.code(), from, to, p.granularitySeconds(), any ? ResourceMetrics.State.OK : ResourceMetrics.State.EMPTY,
                any ? null : "monitoring.empty", List.of(), series);
    }

    private static ResourceMetrics unavailable(Resource r, MonitoringPeriod p, Instant from, Instant to, String key, List<String> args) {
        return new ResourceMetrics(r.id(), p.code(), from, to, p.granularitySeconds(), ResourceMetrics.State.UNAVAILABLE, key, args, List.of());
    }

    static MetricSeries series(String measure, String metricName, List<MetricPoint> points) {
        List<MetricSeries.Point> out = new ArrayList<>();
        String unit = null;
        for (MetricPoint mp : points) {
            BigDecimal v = Utilisation.percent(mp.value());
            if (v != null) {
                out.add(new MetricSeries.Point(mp.at(), v));
                unit = unit == null ? mp.unit() : unit;
            }
        }
        List<BigDecimal> values = out.stream().map(MetricSeries.Point::value).toList();
        return new MetricSeries(measure, metricName, unit == null ? "%" : unit, List.copyOf(out), Utilisation.average(values),
                Utilisation.max(values));
    }

    private static List<BigDecimal> values(List<MetricPoint> points) {
        return points.stream().map(p -> Utilisation.percent(p.value())).filter(java.util.Objects::nonNull).toList();
    }

    /** The account monitoring a resource with a pool, once it has been opened; empty when nothing monitors it. */
    private Optional<String> monitoredBy(Resource r) {
        if (r.status() == ResourceStatus.PROVISIONING || r.resourcePoolId() == null || r.resourcePoolId().isBlank()) {
            return Optional.empty();
        }
        return cloud.accountOf(r.productCode(), r.extra());
    }

    /** Real time (the cloud measures in it), on a whole interval of the granularity. */
    private Instant now(int granularitySeconds) {
        long s = time.now().getEpochSecond();
        return Instant.ofEpochSecond(s - Math.floorMod(s, (long) granularitySeconds) + granularitySeconds);
    }

    // ---- overview (U9)

    /**
     * The caller's overview for the days {@code from} … {@code to} (Beijing time, both included; default: the month so
     * far). The period is at most 366 days and may not end before it starts.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public MonitoringOverview overview(LocalDate from, LocalDate to) {
        long customerId = guard.customerOf("VIEW_RESOURCES");
        LocalDate today = clock.now().atZone(PlatformClock.ZONE).toLocalDate();
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfMonth(1) : from;
        if (last.isBefore(first)) {
            throw new SuanliException("monitoring.periodOrder", first.toString(), last.toString());
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_OVERVIEW_DAYS) {
            throw new SuanliException("monitoring.periodTooLong", MAX_OVERVIEW_DAYS);
        }
        Map<String, Long> instances = new LinkedHashMap<>();
        for (ResourceStatus s : ResourceStatus.values()) {
            instances.put(s.name(), 0L);
        }
        long total = 0;
        for (Object[] row : em.createQuery("select r.status, count(r) from Resource r where r.customerId = :c group by r.status", Object[].class)
                .setParameter("c", customerId).getResultList()) {
            long n = ((Number) row[1]).longValue();
            instances.put(((ResourceStatus) row[0]).name(), n);
            total += n;
        }
        List<MonitoringOverview.Provisioning> provisioning = new ArrayList<>();
        for (Resource r : em.createQuery("select r from Resource r where r.customerId = :c and r.status = :s order by r.createdAt, r.id",
                Resource.class).setParameter("c", customerId).setParameter("s", ResourceStatus.PROVISIONING).setMaxResults(100).getResultList()) {
            Order o;
            try {
                o = rows.order(r.originOrderNo(), customerId);
            } catch (NotFoundException e) {
                continue;
            }
            List<OrderEvent> events = rows.events(o.id());
            boolean delayed = !events.isEmpty() && events.get(events.size() - 1).note() != null
                    && events.get(events.size() - 1).note().startsWith("failed:");
            provisioning.add(new MonitoringOverview.Provisioning(r.id(), r.productCode(), r.specCode(), r.nodes(), o.orderNo(), r.createdAt(),
                    o.status().name(), delayed));
        }
        if (!guard.holds("VIEW_BILLING")) {
            return new MonitoringOverview(first, last, instances, total, provisioning, false, null, List.of(), null, null);
        }
        Money accumulated = Money.ZERO;
        for (SpendLine l : bills.mySpend(null, null)) {
            accumulated = accumulated.plus(l.net());
        }
        Instant start = first.atStartOfDay(PlatformClock.ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant();
        List<SpendLine> spend = bills.mySpend(start, end);
        Map<String, ProductKind> kinds = catalog.productKinds(spend.stream().map(SpendLine::productCode).filter(c -> !c.isEmpty()).toList());
        Consumption c = Consumption.of(spend.stream()
                .map(l -> new Consumption.Input(l.productCode(), kind(kinds.get(l.productCode())), l.charged(), l.refunded())).toList());
        List<MonitoringOverview.ProductLine> lines = c.lines().stream().map(l -> {
            ProductKind k = kinds.get(l.productCode());
            return new MonitoringOverview.ProductLine(l.productCode(), k == null ? null : k.nameZh(), k == null ? null : k.nameEn(),
                    k == null ? null : k.resourceTypeCode(), l.kind(), l.charged(), l.refunded(), l.net());
        }).toList();
        Map<PoolKind, Money> byKind = new EnumMap<>(PoolKind.class);
        for (PoolKind k : PoolKind.values()) {
            byKind.put(k, c.of(k));
        }
        return new MonitoringOverview(first, last, instances, total, provisioning, true, accumulated, lines, byKind, c.total());
    }

    private static PoolKind kind(ProductKind k) {
        return k == null ? PoolKind.OTHER : PoolKind.of(k.hcsoResourceType());
    }
}
