package io.suanli.core.ordering.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.suanli.core.ordering.domain.ResourceStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which actions the customer's resource page offers comes from {@link ResourceStatus#actions()}. */
class ResourceStatusActionsTest {

    static final Map<ResourceStatus, List<String>> EXPECTED = Map.of(
            PROVISIONING, List.of(),
            ACTIVE, List.of("RENEW", "CHANGE", "UNSUBSCRIBE"),
            ARREARS, List.of(),
            EXPIRED, List.of("RENEW"),
            FROZEN, List.of("RENEW"),
            RELEASED, List.of(),
            UNSUBSCRIBED, List.of());

    @Test
    void everyStatusOffersExactlyItsActions() {
        assertEquals(EnumSet.allOf(ResourceStatus.class), EnumSet.copyOf(EXPECTED.keySet()));
        for (ResourceStatus s : values()) {
            assertEquals(EXPECTED.get(s), s.actions(), s.name());
        }
    }

    @Test
    void onlyAHeldResourceOffersAnything() {
        for (ResourceStatus s : values()) {
            if (!s.actions().isEmpty()) {
                assertTrue(s.isHeld() && s.canMoveTo(UNSUBSCRIBED), s.name());
            }
        }
    }
}
