package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.suanli.core.ordering.domain.ResourceStatus.ACTIVE;
import static io.suanli.core.ordering.domain.ResourceStatus.ARREARS;
import static io.suanli.core.ordering.domain.ResourceStatus.EXPIRED;
import static io.suanli.core.ordering.domain.ResourceStatus.FROZEN;
import static io.suanli.core.ordering.domain.ResourceStatus.PROVISIONING;
import static io.suanli.core.ordering.domain.ResourceStatus.RELEASED;
import static io.suanli.core.ordering.domain.ResourceStatus.UNSUBSCRIBED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resource moves only along the table of {@link ResourceStatus}; every move the services make is in it. */
class ResourceStatusTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant JULY_1 = Instant.parse("2026-06-30T16:00:00Z");
    static final Instant LATER = JULY_1.plus(Duration.ofDays(40));

    static final Map<ResourceStatus, Set<ResourceStatus>> TABLE = Map.of(
            PROVISIONING, EnumSet.of(ACTIVE, RELEASED),
            ACTIVE, EnumSet.of(ARREARS, EXPIRED, UNSUBSCRIBED),
            ARREARS, EnumSet.of(ACTIVE, FROZEN, UNSUBSCRIBED),
            EXPIRED, EnumSet.of(ACTIVE, FROZEN, UNSUBSCRIBED),
            FROZEN, EnumSet.of(ACTIVE, RELEASED, UNSUBSCRIBED),
            RELEASED, EnumSet.noneOf(ResourceStatus.class),
            UNSUBSCRIBED, EnumSet.noneOf(ResourceStatus.class));

    static Resource provisioning(String mode) {
        Order o = new Order(1, "O1", 7, OrderType.NEW, new Order.Priced("P", "S", mode, "NODE", new BigDecimal("1500.000000"), 1, 1,
                1, Money.of("1500.00"), Money.ZERO, Money.ZERO, Money.of("1500.00")), "AUTO", null, null, JULY_1, null, "u");
        return new Resource(2, o, JULY_1);
    }

    static Resource active(String mode) {
        Resource r = provisioning(mode);
        r.activate(JULY_1, ZONE, "pool-1", "https://console.example/pool-1", null);
        return r;
    }

    static Resource prepaid(ResourceStatus s) {
        Resource r = active("PREPAID_MONTHLY");
        if (s == EXPIRED || s == FROZEN) {
            r.expire(r.endsAt());
        }
        if (s == FROZEN) {
            r.freeze(r.endsAt().plus(Duration.ofDays(7)));
        }
        assertEquals(s, r.status());
        return r;
    }

    static Resource payg(ResourceStatus s) {
        Resource r = active("PAYG");
        if (s == ARREARS || s == FROZEN) {
            r.usage(JULY_1, Money.of("5.00"), Money.ZERO, false, JULY_1.plusSeconds(3600));
        }
        if (s == FROZEN) {
            r.freeze(JULY_1.plus(Duration.ofDays(1)));
        }
        assertEquals(s, r.status());
        return r;
    }

    static void illegal(Resource r, Consumer<Resource> verb, ResourceStatus to) {
        ResourceStatus from = r.status();
        SuanliException e = assertThrows(SuanliException.class, () -> verb.accept(r));
        assertEquals("resource.illegalTransition", e.key());
        assertArrayEquals(new Object[]{"2", from.name(), to.name()}, e.args());
        assertEquals(from, r.status(), "unchanged");
    }

    @Test
    void theTableIsExactlyTheMovesTheServicesMake() {
        for (ResourceStatus from : ResourceStatus.values()) {
            assertEquals(TABLE.get(from), from.next(), from.name());
            for (ResourceStatus to : ResourceStatus.values()) {
                assertEquals(TABLE.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
                if (!from.canMoveTo(to)) {
                    SuanliException e = assertThrows(SuanliException.class, () -> from.requireMoveTo(to, 9));
                    assertEquals("resource.illegalTransition", e.key());
                    assertArrayEquals(new Object[]{"9", from.name(), to.name()}, e.args());
                }
            }
        }
        assertEquals(EnumSet.of(RELEASED, UNSUBSCRIBED), EnumSet.copyOf(java.util.Arrays.stream(ResourceStatus.values())
                .filter(ResourceStatus::isFinal).toList()));
    }

    @Test
    void provisioningIsOpenedOrReleasedWhenItsOrderIsRejected() {
        Resource r = provisioning("PREPAID_MONTHLY");
        assertEquals(PROVISIONING, r.status());
        r.activate(JULY_1, ZONE, "pool-1", "u", null);
        assertEquals(ACTIVE, r.status());
        Resource rejected = provisioning("PREPAID_MONTHLY");
        rejected.release(JULY_1);
        assertEquals(RELEASED, rejected.status());
        assertEquals("resource.notProvisioning", assertThrows(SuanliException.class,
                () -> r.activate(JULY_1, ZONE, "pool-1", "u", null)).key(), "activated once");
    }

    @Test
    void aPrepaidTermExpiresFreezesAndIsReleasedOrRenewedOnTheWay() {
        Resource expired = prepaid(EXPIRED);
        assertEquals(expired.endsAt(), expired.statusChangedAt());
        expired.renew(1, Money.of("1500.00"), ZONE, expired.endsAt().plus(Duration.ofDays(1)));
        assertEquals(ACTIVE, expired.status(), "renewed while expired");

        Resource frozen = prepaid(FROZEN);
        frozen.renew(1, Money.of("1500.00"), ZONE, frozen.statusChangedAt());
        assertEquals(ACTIVE, frozen.status(), "renewed while frozen");

        Resource released = prepaid(FROZEN);
        released.release(LATER);
        assertEquals(RELEASED, released.status());
        assertEquals(LATER, released.statusChangedAt());
    }

    @Test
    void aHeldResourceMayBeUnsubscribedOrEnded() {
        for (ResourceStatus s : EnumSet.of(ACTIVE, EXPIRED, FROZEN)) {
            Resource r = prepaid(s);
            r.unsubscribe(r.unsubscription(r.endsAt()));
            assertEquals(UNSUBSCRIBED, r.status(), "prepaid " + s);
        }
        for (ResourceStatus s : EnumSet.of(ACTIVE, ARREARS, FROZEN)) {
            Resource r = payg(s);
            r.end(LATER);
            assertEquals(UNSUBSCRIBED, r.status(), "payg " + s);
        }
    }

    @Test
    void payAsYouGoFallsIntoArrearsFreezesAndComesBackWithFunds() {
        Resource arrears = payg(ARREARS);
        assertTrue(arrears.owed().isPositive());
        arrears.collected(Money.of("5.00"), true, LATER);
        assertEquals(ACTIVE, arrears.status(), "funds back");

        Resource frozen = payg(FROZEN);
        frozen.collected(Money.of("5.00"), true, LATER);
        assertEquals(ACTIVE, frozen.status(), "funds back while frozen");

        Resource stillFrozen = payg(FROZEN);
        stillFrozen.usage(JULY_1.plusSeconds(3600), Money.of("1.00"), Money.ZERO, false, LATER);
        assertEquals(FROZEN, stillFrozen.status(), "more usage without funds leaves it frozen");
    }

    @Test
    void illegalMovesAreRefusedWithTheKey() {
        illegal(provisioning("PREPAID_MONTHLY"), r -> r.expire(LATER), EXPIRED);
        illegal(provisioning("PREPAID_MONTHLY"), r -> r.freeze(LATER), FROZEN);
        illegal(provisioning("PAYG"), r -> r.end(LATER), UNSUBSCRIBED);
        illegal(prepaid(ACTIVE), r -> r.freeze(LATER), FROZEN);
        illegal(prepaid(ACTIVE), r -> r.release(LATER), RELEASED);
        illegal(prepaid(EXPIRED), r -> r.expire(LATER), EXPIRED);
        illegal(prepaid(EXPIRED), r -> r.release(LATER), RELEASED);
        illegal(payg(ARREARS), r -> r.release(LATER), RELEASED);
        illegal(payg(ARREARS), r -> r.expire(LATER), EXPIRED);
        illegal(prepaid(FROZEN), r -> r.freeze(LATER), FROZEN);
    }

    @Test
    void releasedAndUnsubscribedAreFinal() {
        Resource released = prepaid(FROZEN);
        released.release(LATER);
        Resource unsubscribed = payg(ACTIVE);
        unsubscribed.end(LATER);
        for (Resource r : new Resource[]{released, unsubscribed}) {
            illegal(r, x -> x.expire(LATER), EXPIRED);
            illegal(r, x -> x.freeze(LATER), FROZEN);
            illegal(r, x -> x.release(LATER), RELEASED);
            illegal(r, x -> x.end(LATER), UNSUBSCRIBED);
        }
        Resource ended = payg(ACTIVE);
        ended.end(LATER);
        ended.collected(Money.ZERO, true, LATER);
        assertEquals(UNSUBSCRIBED, ended.status(), "funds back do not reopen an ended resource");
    }
}
