package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rating per hour: sums, corrections replacing, the price version of the hour, one half-up rounding per hour. */
class UsageRaterTest {

    private static final Instant H0 = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant H1 = H0.plusSeconds(3600);
    private static final Instant H2 = H0.plusSeconds(7200);
    private final UsagePrices prices = new UsagePrices(List.of(
            new UsagePrice("s", 1, "NODE_HOUR", new BigDecimal("2.500000"), Instant.parse("2026-06-01T00:00:00Z"), H1),
            new UsagePrice("s", 2, "NODE_HOUR", new BigDecimal("3.333333"), H1, null)));

    private static UsageRater.Usage u(Instant hour, boolean correction, String stamp, long file, long line, String amount) {
        return new UsageRater.Usage(hour, correction, Instant.parse(stamp), file, line, new BigDecimal(amount));
    }

    @Test
    void theVersionInForceAtTheHourPricesIt() {
        assertEquals(1, prices.at("s", H0).priceVersionId());
        assertEquals(2, prices.at("s", H1).priceVersionId());
        assertNull(prices.at("s", Instant.parse("2026-05-31T23:00:00Z")));
        assertNull(prices.at("other", H0));
    }

    @Test
    void normalRecordsAddUpAndAreRoundedOncePerHour() {
        List<UsageRater.Rated> r = UsageRater.rate("s", List.of(
                u(H0, false, "2026-07-01T00:05:00Z", 1, 1, "0.333333"),
                u(H0, false, "2026-07-01T00:05:00Z", 1, 2, "0.333333"),
                u(H0, false, "2026-07-01T00:05:00Z", 2, 1, "0.333334"),
                u(H1, false, "2026-07-01T01:05:00Z", 1, 3, "1.5")), prices);
        assertEquals(2, r.size());
        assertEquals(new BigDecimal("2.50"), r.get(0).amount(), "1 node × 2.50");
        assertEquals(new BigDecimal("5.00"), r.get(1).amount(), "1.5 × 3.333333 = 4.9999995 → 5.00 half-up");
        assertEquals(2, r.get(1).price().priceVersionId());
    }

    @Test
    void theLatestCorrectionReplacesTheHour() {
        List<UsageRater.Rated> r = UsageRater.rate("s", List.of(
                u(H0, false, "2026-07-01T00:05:00Z", 1, 1, "2"),
                u(H0, true, "2026-07-01T03:00:00Z", 2, 1, "1"),
                u(H0, true, "2026-07-01T04:00:00Z", 3, 1, "0.5"),
                u(H0, true, "2026-07-01T02:00:00Z", 4, 1, "9"),
                u(H2, true, "2026-07-01T04:00:00Z", 3, 2, "0")), prices);
        assertEquals(new BigDecimal("0.5"), r.get(0).usage(), "the latest by time stamp, whatever the file order");
        assertEquals(new BigDecimal("1.25"), r.get(0).amount());
        assertEquals(new BigDecimal("0.00"), r.get(1).amount(), "a correction to zero cancels the hour");
    }
}
