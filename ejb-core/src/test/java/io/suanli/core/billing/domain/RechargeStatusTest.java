package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.suanli.core.billing.domain.Recharge.Status.EXPIRED;
import static io.suanli.core.billing.domain.Recharge.Status.PAID;
import static io.suanli.core.billing.domain.Recharge.Status.PENDING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recharge moves only along the table of {@link Recharge.Status}: paid, expired, paid after expiry. */
class RechargeStatusTest {

    static final Instant AT = Instant.parse("2026-07-01T05:00:00Z");
    static final Instant DUE = AT.plus(Duration.ofMinutes(30));

    static final Map<Recharge.Status, Set<Recharge.Status>> TABLE = Map.of(
            PENDING, EnumSet.of(PAID, EXPIRED),
            EXPIRED, EnumSet.of(PAID),
            PAID, EnumSet.noneOf(Recharge.Status.class));

    static Recharge pending() {
        return new Recharge(1, "R1", 7, Money.of("100.00"), Channel.WECHAT, AT, DUE, "u");
    }

    static void illegal(Recharge r, Consumer<Recharge> verb, Recharge.Status to) {
        Recharge.Status from = r.status();
        SuanliException e = assertThrows(SuanliException.class, () -> verb.accept(r));
        assertEquals("recharge.illegalTransition", e.key());
        assertArrayEquals(new Object[]{"R1", from.name(), to.name()}, e.args());
        assertEquals(from, r.status(), "unchanged");
    }

    @Test
    void theTableIsExactlyTheMovesOfThePaymentPaths() {
        for (Recharge.Status from : Recharge.Status.values()) {
            assertEquals(TABLE.get(from), from.next(), from.name());
            for (Recharge.Status to : Recharge.Status.values()) {
                assertEquals(TABLE.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
        assertTrue(PAID.isFinal());
        assertFalse(EXPIRED.isFinal());
    }

    @Test
    void aPendingRechargeIsPaidOrExpiresAndAPaymentAfterExpiryIsStillCredited() {
        Recharge paid = pending();
        paid.paid("tx1", AT.plusSeconds(60));
        assertEquals(PAID, paid.status());
        assertEquals("tx1", paid.transactionId());

        Recharge expired = pending();
        assertFalse(expired.isDue(DUE.minusSeconds(1)));
        assertTrue(expired.isDue(DUE));
        expired.expire(DUE);
        assertEquals(EXPIRED, expired.status());
        assertFalse(expired.isDue(DUE), "expired once");
        expired.paid("tx2", DUE.plusSeconds(5));
        assertEquals(PAID, expired.status(), "the payer's money was taken: credited after expiry");
    }

    @Test
    void paidIsFinalAndAnExpiredRechargeDoesNotExpireAgain() {
        Recharge paid = pending();
        paid.paid("tx1", AT);
        illegal(paid, r -> r.paid("tx2", AT), PAID);
        illegal(paid, r -> r.expire(DUE), EXPIRED);
        Recharge expired = pending();
        expired.expire(DUE);
        illegal(expired, r -> r.expire(DUE), EXPIRED);
    }
}
