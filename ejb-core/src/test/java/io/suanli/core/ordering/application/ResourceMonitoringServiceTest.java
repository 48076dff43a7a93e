package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.Order;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.MonitoringPeriod;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.infrastructure.CloudMetricsReader;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.RealTime;
import io.suanli.core.shared.domain.Money;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring service's states and the idle hint, with the cloud replaced by a stub: nothing is made up when the
 * resource is not monitored or the cloud fails, cloud errors become localized messages, series are averaged.
 */
class ResourceMonitoringServiceTest {

    static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    final List<MetricQuery> asked = new ArrayList<>();
    Function<MetricQuery, List<MetricPoint>> cloudAnswers = q -> List.of();
    String failure;
    String account = "hcso-sim";

    ResourceMonitoringService service(Resource r) {
        ResourceMonitoringService s = new ResourceMonitoringService();
        s.idleThresholdPercent = new BigDecimal("10");
        s.idleDays = 7;
        s.namespace = "SYS.ModelArts";
        s.dimension = "pool_id";
        s.acceleratorMetric = "npu_util";
        s.cpuMetric = "cpu_util";
        s.memoryMetric = "mem_util";
        s.clock = new PlatformClock();
        s.time = new RealTime();
        s.rows = new OrderRows() {
            @Override
            public Resource resource(long id, Long customerId) {
                return r;
            }
        };
        s.guard = new io.suanli.core.identity.application.PermissionGuard() {
            @Override
            public long customerOf(String permission) {
                return r.customerId();
            }
        };
        s.cloud = new CloudMetricsReader() {
            @Override
            public Optional<String> accountOf(String productCode, String resourceExtra) {
                return Optional.ofNullable(account);
            }

            @Override
            public Reading read(String acc, List<MetricQuery> queries) {
                asked.addAll(queries);
                if (failure != null) {
                    return new Reading(List.of(), failure, List.of(acc));
                }
                return new Reading(queries.stream().map(cloudAnswers).toList(), null, List.of());
            }
        };
        return s;
    }

    static Resource resource(boolean opened) {
        Order o = new Order(1L, "O2026070100001", 1000001L, OrderType.NEW, new Order.Priced("modelarts-dedicated", "ma-8x910b",
                "PREPAID_MONTHLY", "MONTH", new BigDecimal("1500.00"), 1, 1, 9L, Money.of("1500.00"), Money.ZERO, Money.ZERO,
                Money.of("1500.00")), "AUTO", null, null, AT, null, "tester");
        Resource r = new Resource(2L, o, AT);
        if (opened) {
            r.activate(AT, PlatformClock.ZONE, "pool-abc", "https://sim/console/pools/pool-abc", "{\"cloudAccount\":\"hcso-sim\"}");
        }
        return r;
    }

    static List<MetricPoint> points(double... values) {
        List<MetricPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new MetricPoint(AT.plusSeconds(1200L * i), values[i], "%"));
        }
        return out;
    }

    @Test
    void aResourceBeingOpenedOrWithoutCloudAccountIsNotMonitoredAndTheCloudIsNotAsked() {
        ResourceMetrics provisioning = service(resource(false)).metrics(2L, "24h");
        assertEquals(ResourceMetrics.State.NOT_MONITORED, provisioning.state());
        assertEquals("monitoring.provisioning", provisioning.messageKey());
        assertTrue(provisioning.series().isEmpty());

        account = null;
        ResourceMetrics byHand = service(resource(true)).metrics(2L, "24h");
        assertEquals(ResourceMetrics.State.NOT_MONITORED, byHand.state());
        assertEquals("monitoring.notMonitored", byHand.messageKey());
        assertTrue(byHand.message(Locale.ENGLISH).contains("not monitored"), byHand.message(Locale.ENGLISH));
        assertTrue(asked.isEmpty(), "no cloud call");
    }

    @Test
    void theThreeSeriesAreAskedForThePoolWithThePeriodsGranularityAndAveraged() {
        cloudAnswers = q -> switch (q.metricName()) {
            case "npu_util" -> points(10.004, 20.0, 30.005);
            case "cpu_util" -> points(5.0);
            default -> List.of();
        };
        ResourceMetrics m = service(resource(true)).metrics(2L, "7d");

        assertEquals(ResourceMetrics.State.OK, m.state());
        assertNull(m.messageKey());
        assertEquals(List.of("npu_util", "cpu_util", "mem_util"), asked.stream().map(MetricQuery::metricName).toList());
        assertTrue(asked.stream().allMatch(q -> q.periodSeconds() == 3600 && q.dimensions().equals(java.util.Map.of("pool_id", "pool-abc"))
                && q.namespace().equals("SYS.ModelArts")));
        assertEquals(MonitoringPeriod.D7.length(), java.time.Duration.between(m.from(), m.to()));
        MetricSeries acc = m.series("accelerator");
        assertEquals(List.of(new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("30.01")),
                acc.points().stream().map(MetricSeries.Point::value).toList());
        assertEquals(new BigDecimal("20.00"), acc.average());
        assertEquals(new BigDecimal("30.01"), acc.max());
        assertTrue(m.series("memory").isEmpty());
        assertNull(m.series("memory").average());
    }

    @Test
    void aCloudWithoutPointsIsEmptyNotZero() {
        ResourceMetrics m = service(resource(true)).metrics(2L, "1h");
        assertEquals(ResourceMetrics.State.EMPTY, m.state());
        assertEquals("monitoring.empty", m.messageKey());
        assertTrue(m.series().stream().allMatch(MetricSeries::isEmpty));
    }

    @Test
    void cloudFailuresBecomeLocalizedMessages() {
        failure = "monitoring.cloud.UNREACHABLE";
        ResourceMetrics m = service(resource(true)).metrics(2L, "24h");
        assertEquals(ResourceMetrics.State.UNAVAILABLE, m.state());
        assertEquals("暂时无法连接云监控（云账号 hcso-sim），请稍后再试。", m.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Cloud Eye cannot be reached right now (cloud account hcso-sim); please try again later.", m.message(Locale.ENGLISH));
        for (io.suanli.integration.hcso.HcsoErrorCode code : io.suanli.integration.hcso.HcsoErrorCode.values()) {
            failure = "monitoring.cloud." + code.name();
            ResourceMetrics x = service(resource(true)).metrics(2L, "24h");
            assertFalse(x.message(Locale.ENGLISH).startsWith("monitoring."), "a message for " + code);
            assertFalse(x.message(Locale.SIMPLIFIED_CHINESE).startsWith("monitoring."), "a message for " + code);
        }
    }

    @Test
    void theIdleHintAveragesSevenDaysOfTheAcceleratorAgainstTheThreshold() {
        cloudAnswers = q -> points(4.0, 12.0, 13.0);
        Optional<IdleHint> idle = service(resource(true)).idleHint(2L);
        assertTrue(idle.isPresent());
        assertEquals(new BigDecimal("9.67"), idle.get().averagePercent());
        assertTrue(idle.get().idle());
        assertEquals(7, idle.get().days());
        MetricQuery q = asked.get(0);
        assertEquals("npu_util", q.metricName());
        assertEquals(java.time.Duration.ofDays(7), java.time.Duration.between(q.from(), q.to()));

        cloudAnswers = q2 -> points(10.0, 10.0);
        assertFalse(service(resource(true)).idleHint(2L).orElseThrow().idle(), "at the threshold");

        cloudAnswers = q3 -> List.of();
        assertTrue(service(resource(true)).idleHint(2L).isEmpty(), "no points, no hint");
        failure = "monitoring.cloud.CLOUD_ERROR";
        assertTrue(service(resource(true)).idleHint(2L).isEmpty(), "the cloud failing, no hint");
        failure = null;
        assertTrue(service(resource(false)).idleHint(2L).isEmpty(), "not opened, no hint");
    }
}
