package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.Texts;

import java.io.Serializable;
import java.util.Locale;

/**
 * A row of the catalog's reference data (category, resource type, brand or scenario): code, names, and up to two
 * more fields (descriptions, or the HCSO service and resource type codes).
 */
public record ReferenceView(String code, String nameZh, String nameEn, String extra1, String extra2, int sortOrder)
        implements Serializable {

    public String name(Locale l) {
        return Texts.pick(l, nameZh, nameEn);
    }

    /** For categories and scenarios: the description of the language. */
    public String description(Locale l) {
        return Texts.pick(l, extra1, extra2);
    }
}
