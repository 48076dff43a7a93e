package io.suanli.core.usage.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.suanli.core.usage.domain.SdrFile.Status.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which actions the SDR console offers on a file comes from {@link SdrFile.Status#actions()}. */
class SdrFileStatusActionsTest {

    static final Map<SdrFile.Status, List<String>> EXPECTED = Map.of(
            RECEIVED, List.of("START"),
            IMPORTING, List.of("STOP"),
            IMPORTED, List.of(),
            REJECTED, List.of(),
            FAILED, List.of("RESTART"));

    @Test
    void everyStatusOffersExactlyItsActions() {
        assertEquals(EnumSet.allOf(SdrFile.Status.class), EnumSet.copyOf(EXPECTED.keySet()));
        for (SdrFile.Status s : SdrFile.Status.values()) {
            assertEquals(EXPECTED.get(s), s.actions(), s.name());
        }
    }
}
