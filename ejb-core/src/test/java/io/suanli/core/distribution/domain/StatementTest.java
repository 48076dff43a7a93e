package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static io.suanli.core.distribution.domain.CommissionTest.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC §10 statements: opening + accruals + clawbacks = closing, a negative carry-forward, DRAFT → CONFIRMED → SETTLED. */
class StatementTest {

    static final Instant MADE = Instant.parse("2026-08-01T01:00:00Z");

    static CommissionLine line(CommissionLine.Kind kind, String amount) {
        return new CommissionLine(2L, kind, CommissionLine.Role.DIRECT, 9L, "E", Money.of("1.00"), new BigDecimal("0.08"), Money.of(amount));
    }

    @Test
    void aNegativeMonthCarriesForwardIntoTheNext() {
        Statement july = Statement.of(2L, YearMonth.of(2026, 7), Money.ZERO,
                List.of(line(CommissionLine.Kind.ACCRUAL, "720.00"), line(CommissionLine.Kind.CLAWBACK, "-687.07")), MADE);
        assertEquals(Money.of("32.93"), july.closing());
        Statement august = Statement.of(2L, YearMonth.of(2026, 8), july.carriedForward(),
                List.of(line(CommissionLine.Kind.CLAWBACK, "-50.00")), MADE);
        assertEquals(Money.of("-17.07"), august.closing(), "clawbacks above what was left: negative, carried forward");
        Statement september = Statement.of(2L, YearMonth.of(2026, 9), august.carriedForward(),
                List.of(line(CommissionLine.Kind.ACCRUAL, "100.00")), MADE);
        assertEquals(Money.of("-17.07"), september.opening());
        assertEquals(Money.of("82.93"), september.closing(), "netted against the next month's accruals");
    }

    @Test
    void draftConfirmedSettledAndTheBadMoves() {
        Statement s = Statement.of(2L, YearMonth.of(2026, 7), Money.ZERO, List.of(line(CommissionLine.Kind.ACCRUAL, "720.00")), MADE);
        assertEquals(Statement.Status.DRAFT, s.status());
        assertEquals("distribution.statementNotConfirmed", key(() -> s.settle(Money.of("720.00"), "BANK-1")));
        assertFalse(s.confirmsItselfAt(MADE.plus(Statement.AUTO_CONFIRM).minusSeconds(1)));
        assertTrue(s.confirmsItselfAt(MADE.plus(Statement.AUTO_CONFIRM)));
        Statement confirmed = s.confirm();
        assertEquals("distribution.statementMove", key(confirmed::confirm));
        assertEquals("distribution.payoutAboveClosing", key(() -> confirmed.settle(Money.of("720.01"), "BANK-1")));
        assertEquals("validation.required", key(() -> confirmed.settle(Money.of("720.00"), " ")));
        assertEquals("money.notPositive", key(() -> confirmed.settle(Money.ZERO, "BANK-1")));
        Statement settled = confirmed.settle(Money.of("700.00"), " BANK-1 ");
        assertEquals(Statement.Status.SETTLED, settled.status());
        assertEquals("BANK-1", settled.payoutReference());
        assertEquals(Money.of("20.00"), settled.carriedForward(), "what was not paid out opens the next month");
        assertEquals("distribution.statementMove", key(() -> settled.settle(Money.of("1.00"), "BANK-2")));
    }
}
