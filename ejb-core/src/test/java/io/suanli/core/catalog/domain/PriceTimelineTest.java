package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceTimelineTest {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant SEP = Instant.parse("2026-09-01T00:00:00Z");

    static PriceTimeline.Window w(Instant from, Instant to) {
        return new PriceTimeline.Window(from, to);
    }

    @Test
    void aNewVersionClosesTheOpenEndedOneBeforeIt() {
        assertEquals(OptionalInt.of(0), PriceTimeline.place(List.of(w(JAN, null)), w(JUL, null), NOW));
        assertEquals(OptionalInt.empty(), PriceTimeline.place(List.of(), w(NOW, null), NOW));
        assertEquals(OptionalInt.of(1), PriceTimeline.place(List.of(w(JAN, JUL), w(JUL, null)), w(SEP, null), NOW));
    }

    @Test
    void thePastIsNeverRewritten() {
        assertEquals("price.effectiveInPast",
                assertThrows(SuanliException.class, () -> PriceTimeline.place(List.of(), w(JAN, null), NOW)).key());
    }

    @Test
    void overlapsAreRefused() {
        // a future version already starts in September: an open-ended July version would run over it
        assertEquals("price.overlap",
                assertThrows(SuanliException.class, () -> PriceTimeline.place(List.of(w(JAN, null), w(SEP, null)), w(JUL, null), NOW)).key());
        // the same start twice
        assertEquals("price.overlap",
                assertThrows(SuanliException.class, () -> PriceTimeline.place(List.of(w(JUL, null)), w(JUL, null), NOW)).key());
        // a closed window covering the new start
        assertEquals("price.overlap",
                assertThrows(SuanliException.class, () -> PriceTimeline.place(List.of(w(JAN, SEP)), w(JUL, null), NOW)).key());
        // a bounded window that ends exactly where the next one starts is fine
        assertEquals(OptionalInt.of(0), PriceTimeline.place(List.of(w(JAN, null), w(SEP, null)), w(JUL, SEP), NOW));
        assertEquals("price.windowInvalid",
                assertThrows(SuanliException.class, () -> PriceTimeline.place(List.of(), w(SEP, JUL), NOW)).key());
    }

    @Test
    void amountsArePositiveWithinTheDecimalsOfTheMode() {
        assertEquals(new BigDecimal("98000.000000"), PriceTimeline.checkAmount(new BigDecimal("98000.00"), BillingMode.PREPAID_MONTHLY));
        assertEquals(new BigDecimal("0.000125"), PriceTimeline.checkAmount(new BigDecimal("0.000125"), BillingMode.PAYG));
        assertEquals("price.notPositive", assertThrows(SuanliException.class,
                () -> PriceTimeline.checkAmount(BigDecimal.ZERO, BillingMode.PAYG)).key());
        assertEquals("price.notPositive", assertThrows(SuanliException.class,
                () -> PriceTimeline.checkAmount(new BigDecimal("-1"), BillingMode.PAYG)).key());
        assertEquals("price.tooManyDecimals", assertThrows(SuanliException.class,
                () -> PriceTimeline.checkAmount(new BigDecimal("1.005"), BillingMode.PREPAID_YEARLY)).key());
        assertEquals("price.tooManyDecimals", assertThrows(SuanliException.class,
                () -> PriceTimeline.checkAmount(new BigDecimal("0.0000001"), BillingMode.PAYG)).key());
        assertTrue(BillingMode.PAYG.units().contains("GB_MONTH"));
        assertEquals("price.billingModeInvalid", assertThrows(SuanliException.class, () -> BillingMode.parse("WEEKLY")).key());
    }
}
