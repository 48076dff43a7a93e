package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.ProductText;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A product as pages and the API show it, with its specs and their current prices. */
public record ProductView(long id, String code, String status, String categoryCode, String categoryNameZh,
                          String categoryNameEn, String resourceTypeCode, String brandCode, int sortOrder, ProductText text,
                          List<String> scenarioCodes, List<SpecView> specs, Instant updatedAt, List<String> actions)
        implements Serializable {

    /** Whether the page may offer the action (one of {@link #actions()}, from the status's transition table). */
    public boolean can(String action) {
        return actions.contains(action);
    }

    public String name(Locale l) {
        return text.name(l);
    }

    public String categoryName(Locale l) {
        return io.suanli.core.catalog.domain.Texts.pick(l, categoryNameZh, categoryNameEn);
    }

    /** The lowest current price of any spec in the mode, for "from … per month" on cards; null when none. */
    public PriceView fromPrice(String billingMode) {
        return specs.stream().flatMap(s -> s.prices().stream()).filter(p -> p.billingMode().equals(billingMode))
                .min(java.util.Comparator.comparing(PriceView::amount)).orElse(null);
    }
}
