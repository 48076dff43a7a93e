package io.suanli.core.catalog.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.suanli.core.catalog.domain.Product.Status.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which life-cycle buttons the product page offers comes from {@link Product.Status#actions()}, one per move. */
class ProductStatusActionsTest {

    static final Map<Product.Status, List<String>> EXPECTED = Map.of(
            DRAFT, List.of("PREVIEW"),
            PREVIEW, List.of("PUT_ON_SHELF", "BACK_TO_DRAFT"),
            ON_SHELF, List.of("TAKE_OFF_SHELF"),
            OFF_SHELF, List.of("PUT_ON_SHELF", "BACK_TO_DRAFT"));

    @Test
    void everyStatusOffersExactlyItsActions() {
        assertEquals(EnumSet.allOf(Product.Status.class), EnumSet.copyOf(EXPECTED.keySet()));
        for (Product.Status s : Product.Status.values()) {
            assertEquals(EXPECTED.get(s), s.actions(), s.name());
        }
    }
}
