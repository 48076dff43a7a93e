package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** §8's money rules on resources and the order transition table, without a server. */
class MoneyRulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant JULY_1 = Instant.parse("2026-06-30T16:00:00Z"); // 1 July 00:00 in Shanghai

    static Resource active(String paid, String mode, int periods, int nodes) {
        Order o = new Order(1, "O1", 7, OrderType.NEW, new Order.Priced("P", "S", mode, "NODE", new BigDecimal("1500.000000"), nodes, periods,
                1, Money.of(paid), Money.ZERO, Money.ZERO, Money.of(paid)), "AUTO", null, null, JULY_1, null, "u");
        Resource r = new Resource(2, o, JULY_1);
        r.activate(JULY_1, ZONE, "pool-1", "https://console.example/pool-1", null);
        return r;
    }

    @Test
    void theWorkedExampleOfSection8() {
        Resource r = active("9000.00", "PREPAID_MONTHLY", 3, 2);
        assertEquals(Instant.parse("2026-09-30T16:00:00Z"), r.endsAt(), "1 July + 3 months = 1 October");
        assertEquals(2208, r.valueHours());

        Resource.Unsubscription u = r.unsubscription(JULY_1.plus(Duration.ofMinutes(100 * 60 + 20)));

        assertEquals(101, u.usedHours());
        assertEquals(Money.of("411.68"), u.usedCharge());
        assertEquals(Money.of("8588.32"), u.refund());
        Money[] split = u.refund().allocate(new BigDecimal[]{new BigDecimal("6000.00"), new BigDecimal("3000.00")}, 0);
        assertEquals(Money.of("5725.55"), split[0]);
        assertEquals(Money.of("2862.77"), split[1]);
    }

    @Test
    void usedTimeIsRoundedUpToWholeHoursAndNeverBeyondTheTerm() {
        Resource r = active("9000.00", "PREPAID_MONTHLY", 3, 2);
        assertEquals(0, r.unsubscription(JULY_1).usedHours());
        assertEquals(Money.of("9000.00"), r.unsubscription(JULY_1).refund());
        assertEquals(1, r.unsubscription(JULY_1.plusSeconds(1)).usedHours());
        assertEquals(1, r.unsubscription(JULY_1.plusSeconds(3600)).usedHours());
        assertEquals(2, r.unsubscription(JULY_1.plusSeconds(3601)).usedHours());
        assertEquals(Money.ZERO, r.unsubscription(JULY_1.plus(Duration.ofDays(200))).refund());
    }

    @Test
    void aYearlyTermCountsTheLeapDay() {
        Resource r = active("120000.00", "PREPAID_YEARLY", 1, 1);
        assertEquals(8760, r.valueHours(), "1 July 2026 to 1 July 2027: 365 days");
        assertEquals(8784, Terms.hours(Instant.parse("2027-06-30T16:00:00Z"), Terms.end(Instant.parse("2027-06-30T16:00:00Z"),
                "PREPAID_YEARLY", 1, ZONE)), "1 July 2027 to 1 July 2028 crosses 29 February: 366 days");
        assertEquals(Money.of("120000.00").minus(Money.of("328.77")), r.unsubscription(JULY_1.plus(Duration.ofHours(24))).refund(),
                "one day of a 365-day year: 120000 × 24 ÷ 8760 = 328.767");
    }

    @Test
    void renewingAddsThePaymentAndTheHoursThenUnsubscribingSpreadsTheWholeValue() {
        Resource r = active("9000.00", "PREPAID_MONTHLY", 3, 2);
        r.renew(1, Money.of("3000.00"), ZONE, JULY_1.plus(Duration.ofDays(10)));
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), r.endsAt(), "1 October + 1 month = 1 November");
        assertEquals(2208 + 744, r.valueHours());
        assertEquals(Money.of("12000.00"), r.termValue());

        Resource.Unsubscription u = r.unsubscription(JULY_1.plus(Duration.ofHours(1000)));
        assertEquals(1000, u.usedHours());
        assertEquals(Money.of("4065.04"), u.usedCharge(), "12000 × 1000 ÷ 2952 = 4065.0406");
        assertEquals(Money.of("7934.96"), u.refund());
    }

    @Test
    void changingUpChargesTheReValuedRestAndChangingDownRefundsIt() {
        Resource r = active("9000.00", "PREPAID_MONTHLY", 3, 2);
        Resource.Change up = r.change(JULY_1.plus(Duration.ofMinutes(100 * 60 + 20)), new BigDecimal("1.5"));
        assertEquals(101, up.usedHours());
        assertEquals(Money.of("8588.32"), up.valueLeft());
        assertEquals(Money.of("12882.48"), up.newValue());
        assertEquals(Money.of("4294.16"), up.difference());
        r.applyChange(up, "S", "NODE", 3);
        assertEquals(3, r.nodes());
        assertEquals(2107, r.valueHours());
        assertEquals(JULY_1.plus(Duration.ofHours(101)), r.valueFrom());
        assertEquals(Money.of("13294.16"), r.paidTotal());

        Resource.Change down = r.change(JULY_1.plus(Duration.ofHours(201)), new BigDecimal("1").divide(new BigDecimal("3"), 20,
                java.math.RoundingMode.HALF_UP));
        assertEquals(100, down.usedHours());
        assertEquals(Money.of("12271.07"), down.valueLeft(), "12882.48 − 12882.48 × 100 ÷ 2107 (611.41)");
        assertEquals(Money.of("4090.36"), down.newValue());
        assertEquals(Money.of("-8180.71"), down.difference());
    }

    @Test
    void theTransitionTableRefusesEverythingElse() {
        assertTrue(OrderStatus.PENDING_PAYMENT.canMoveTo(OrderStatus.AWAITING_ACCEPTANCE));
        assertTrue(OrderStatus.AWAITING_ACCEPTANCE.canMoveTo(OrderStatus.REJECTED));
        assertFalse(OrderStatus.PENDING_PAYMENT.canMoveTo(OrderStatus.COMPLETED));
        assertFalse(OrderStatus.COMPLETED.canMoveTo(OrderStatus.REJECTED));
        assertFalse(OrderStatus.CANCELLED.canMoveTo(OrderStatus.AWAITING_ACCEPTANCE));
        for (OrderStatus s : new OrderStatus[]{OrderStatus.COMPLETED, OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.EXPIRED}) {
            assertTrue(s.isFinal(), s.name());
        }
        SuanliException e = assertThrows(SuanliException.class, () -> OrderStatus.EXPIRED.requireMoveTo(OrderStatus.AWAITING_ACCEPTANCE, "O1"));
        assertEquals("order.illegalTransition", e.key());
    }

    @Test
    void aPayAsYouGoResourceHasNoTerm() {
        Resource r = active("0.00", "PAYG", 1, 1);
        assertEquals(null, r.endsAt());
        assertThrows(SuanliException.class, () -> r.unsubscription(JULY_1.plusSeconds(10)));
    }
}
