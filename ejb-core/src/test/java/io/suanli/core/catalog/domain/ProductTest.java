package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProductTest {

    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void draftToPreviewToShelfAndOffAndOnAgain() {
        Product p = new Product(1, "p", T);
        assertEquals(Product.Status.DRAFT, p.status());
        p.preview(T);
        assertEquals(Product.Status.PREVIEW, p.status());
        p.putOnShelf(T);
        assertEquals(Product.Status.ON_SHELF, p.status());
        p.takeOffShelf(T);
        assertEquals(Product.Status.OFF_SHELF, p.status());
        p.putOnShelf(T);
        assertEquals(Product.Status.ON_SHELF, p.status());
    }

    @Test
    void backToDraftFromPreviewOrOffShelf() {
        Product p = new Product(1, "p", T);
        p.preview(T);
        p.backToDraft(T);
        assertEquals(Product.Status.DRAFT, p.status());
        p.preview(T);
        p.putOnShelf(T);
        p.takeOffShelf(T);
        p.backToDraft(T);
        assertEquals(Product.Status.DRAFT, p.status());
    }

    @Test
    void illegalTransitionsAreRefused() {
        Product p = new Product(1, "p", T);
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.putOnShelf(T)).key());
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.takeOffShelf(T)).key());
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.backToDraft(T)).key());
        p.preview(T);
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.preview(T)).key());
        p.putOnShelf(T);
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.backToDraft(T)).key());
        assertEquals("product.illegalTransition", assertThrows(SuanliException.class, () -> p.putOnShelf(T)).key());
        assertEquals(Product.Status.ON_SHELF, p.status());
    }
}
