package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A spec with its attributes and the prices in effect now (one per billing mode, from the active strategy). */
public record SpecView(long id, String code, String nameZh, String nameEn, String hcsoSpecCode, int sortOrder,
                       Map<String, String> attributes, List<PriceView> prices) implements Serializable {

    /** The attribute keys a spec may have, in the order pages show them. */
    public static final List<String> ATTRIBUTE_KEYS = io.suanli.core.catalog.domain.SpecAttributes.KEYS;

    public String name(Locale l) {
        return Texts.pick(l, nameZh, nameEn);
    }

    public PriceView price(String billingMode) {
        return prices.stream().filter(p -> p.billingMode().equals(billingMode)).findFirst().orElse(null);
    }
}
