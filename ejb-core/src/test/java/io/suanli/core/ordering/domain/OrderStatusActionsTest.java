package io.suanli.core.ordering.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.suanli.core.ordering.domain.OrderStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which actions a page offers on an order comes from {@link OrderStatus#actions()}, read off the transition table. */
class OrderStatusActionsTest {

    static final Map<OrderStatus, List<String>> EXPECTED = Map.of(
            PENDING_PAYMENT, List.of("PAY", "CANCEL"),
            AWAITING_ACCEPTANCE, List.of("ACCEPT", "REJECT"),
            AWAITING_APPROVAL, List.of("APPROVE", "REJECT"),
            ACCEPTED, List.of(),
            PROVISIONING, List.of("BACK_FILL", "RETRY_PROVISIONING", "REJECT"),
            COMPLETED, List.of(),
            REJECTED, List.of(),
            CANCELLED, List.of(),
            EXPIRED, List.of());

    @Test
    void everyStatusOffersExactlyItsActions() {
        assertEquals(EnumSet.allOf(OrderStatus.class), EnumSet.copyOf(EXPECTED.keySet()));
        for (OrderStatus s : values()) {
            assertEquals(EXPECTED.get(s), s.actions(), s.name());
        }
    }

    @Test
    void everyActionIsAMoveOfTheTable() {
        for (OrderStatus s : values()) {
            if (s.actions().contains("CANCEL")) {
                assertTrue(s.canMoveTo(CANCELLED), s.name());
            }
            if (s.actions().contains("REJECT")) {
                assertTrue(s.canMoveTo(REJECTED), s.name());
            }
            if (s.actions().contains("ACCEPT")) {
                assertTrue(s.canMoveTo(ACCEPTED), s.name());
            }
            if (s.actions().contains("APPROVE") || s.actions().contains("BACK_FILL")) {
                assertTrue(s.canMoveTo(COMPLETED), s.name());
            }
            if (s.isFinal()) {
                assertEquals(List.of(), s.actions(), s.name());
            }
        }
    }
}
