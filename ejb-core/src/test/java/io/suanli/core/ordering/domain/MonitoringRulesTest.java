package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Utilisation arithmetic, the idle rule, chart periods and the shared/dedicated split of consumption (U7, U9). */
class MonitoringRulesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void cloudValuesBecomePercentagesWithTwoDecimalsRoundedHalfUpOnce() {
        assertEquals(d("12.35"), Utilisation.percent(12.345));
        assertEquals(d("12.34"), Utilisation.percent(12.3449));
        assertEquals(d("0.00"), Utilisation.percent(-0.5), "never below zero");
        assertEquals(d("100.00"), Utilisation.percent(100.7), "never above a hundred");
        assertNull(Utilisation.percent(Double.NaN));
        assertNull(Utilisation.percent(Double.POSITIVE_INFINITY));
    }

    @Test
    void averagesAreHalfUpToTheHundredthAndNullWithoutValues() {
        assertEquals(d("2.35"), Utilisation.average(List.of(d("1.00"), d("3.70"))));
        assertEquals(d("3.33"), Utilisation.average(List.of(d("1.00"), d("4.00"), d("5.00"))));
        assertEquals(d("0.01"), Utilisation.average(List.of(d("0.01"), d("0.00"))), "0.005 rounds up");
        assertNull(Utilisation.average(List.of()));
        assertEquals(d("7.50"), Utilisation.max(List.of(d("1.00"), d("7.50"), d("3.00"))));
        assertNull(Utilisation.max(List.of()));
    }

    @Test
    void idleMeansStrictlyBelowTheThresholdAndNeverWithoutData() {
        BigDecimal threshold = d("10");
        assertTrue(Utilisation.idle(d("9.99"), threshold));
        assertFalse(Utilisation.idle(d("10.00"), threshold), "at the threshold is not idle");
        assertFalse(Utilisation.idle(d("55.00"), threshold));
        assertFalse(Utilisation.idle(null, threshold), "no data, no hint");
        assertTrue(Utilisation.idle(d("0.00"), threshold));
        assertFalse(Utilisation.idle(d("0.00"), d("0")), "a zero threshold turns the hint off");
    }

    @Test
    void chartPeriodsHaveTheirGranularity() {
        assertEquals(MonitoringPeriod.H24, MonitoringPeriod.parse(null));
        assertEquals(MonitoringPeriod.H24, MonitoringPeriod.parse(" "));
        assertEquals(MonitoringPeriod.H1, MonitoringPeriod.parse("1h"));
        assertEquals(MonitoringPeriod.D7, MonitoringPeriod.parse(" 7D "));
        assertEquals(MonitoringPeriod.D30, MonitoringPeriod.parse("30d"));
        for (MonitoringPeriod p : MonitoringPeriod.values()) {
            long points = p.length().getSeconds() / p.granularitySeconds();
            assertTrue(points >= 12 && points <= 180, p + ": " + points);
            assertTrue(List.of(300, 1200, 3600, 14400).contains(p.granularitySeconds()), "a Cloud Eye period");
        }
        assertEquals(Duration.ofDays(7), MonitoringPeriod.D7.length());
        SuanliException e = assertThrows(SuanliException.class, () -> MonitoringPeriod.parse("2w"));
        assertEquals("monitoring.periodInvalid", e.key());
    }

    @Test
    void poolKindFollowsTheHcsoResourceType() {
        assertEquals(PoolKind.SHARED, PoolKind.of("hws.resource.type.ma.sharedpool"));
        assertEquals(PoolKind.DEDICATED, PoolKind.of("hws.resource.type.ma.pool"));
        assertEquals(PoolKind.OTHER, PoolKind.of("hws.resource.type.obs.bucket"));
        assertEquals(PoolKind.OTHER, PoolKind.of("hws.resource.type.hpc.cluster"));
        assertEquals(PoolKind.OTHER, PoolKind.of(null));
    }

    @Test
    void consumptionNetsRefundsPerProductAndSumsEachKindToTheFen() {
        Consumption c = Consumption.of(List.of(
                new Consumption.Input("obs", PoolKind.OTHER, Money.of("0.01"), Money.ZERO),
                new Consumption.Input("ma-dedicated", PoolKind.DEDICATED, Money.of("3000.00"), Money.of("1999.99")),
                new Consumption.Input("ma-shared", PoolKind.SHARED, Money.of("12.33"), Money.ZERO),
                new Consumption.Input("ma-shared", PoolKind.SHARED, Money.of("0.66"), Money.of("0.10")),
                new Consumption.Input("ma-dedicated-b", PoolKind.DEDICATED, Money.of("1500.00"), Money.ZERO)));

        assertEquals(List.of("ma-shared", "ma-dedicated-b", "ma-dedicated", "obs"), c.lines().stream().map(Consumption.Line::productCode).toList(),
                "shared first, then dedicated by net amount, then the rest");
        Consumption.Line shared = c.lines().get(0);
        assertEquals(Money.of("12.99"), shared.charged(), "two inputs of one product merge");
        assertEquals(Money.of("0.10"), shared.refunded());
        assertEquals(Money.of("12.89"), shared.net());
        assertEquals(Money.of("12.89"), c.of(PoolKind.SHARED));
        assertEquals(Money.of("2500.01"), c.of(PoolKind.DEDICATED));
        assertEquals(Money.of("0.01"), c.of(PoolKind.OTHER));
        assertEquals(Money.of("2512.91"), c.total());
        assertEquals(c.total(), c.of(PoolKind.SHARED).plus(c.of(PoolKind.DEDICATED)).plus(c.of(PoolKind.OTHER)));
    }

    @Test
    void noConsumptionIsZeroEverywhere() {
        Consumption c = Consumption.of(List.of());
        assertTrue(c.lines().isEmpty());
        for (PoolKind k : PoolKind.values()) {
            assertEquals(Money.ZERO, c.of(k));
        }
        assertEquals(Money.ZERO, c.total());
    }
}
