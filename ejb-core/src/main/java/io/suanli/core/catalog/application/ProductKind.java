package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.Texts;

import java.io.Serializable;
import java.util.Locale;

/**
 * What kind of product a code names, whatever its publishing state (a customer's resources and ledger entries may name
 * a product taken off shelf): its names, category and resource type with the HCSO resource type code.
 */
public record ProductKind(String code, String nameZh, String nameEn, String categoryCode, String resourceTypeCode,
                          String hcsoResourceType) implements Serializable {

    public String name(Locale l) {
        return Texts.pick(l, nameZh, nameEn);
    }
}
