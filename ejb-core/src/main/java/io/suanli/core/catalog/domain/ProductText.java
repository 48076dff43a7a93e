package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.Validation;

import java.io.Serializable;
import java.util.Locale;

/** The bilingual texts of a product page: name, one-line summary, introduction and usage instructions. */
public record ProductText(String nameZh, String nameEn, String summaryZh, String summaryEn, String introZh,
                          String introEn, String usageZh, String usageEn) implements Serializable {

    /** Checked and trimmed: both names required, the rest optional and bounded. */
    public ProductText checked() {
        return new ProductText(Validation.requiredText(nameZh, 100, "product.nameZh"),
                Validation.requiredText(nameEn, 100, "product.nameEn"),
                Validation.optionalText(summaryZh, 500, "product.summaryZh"),
                Validation.optionalText(summaryEn, 500, "product.summaryEn"),
                Validation.optionalText(introZh, 20000, "product.introZh"),
                Validation.optionalText(introEn, 20000, "product.introEn"),
                Validation.optionalText(usageZh, 20000, "product.usageZh"),
                Validation.optionalText(usageEn, 20000, "product.usageEn"));
    }

    public String name(Locale l) { return Texts.pick(l, nameZh, nameEn); }
    public String summary(Locale l) { return Texts.pick(l, summaryZh, summaryEn); }
    public String intro(Locale l) { return Texts.pick(l, introZh, introEn); }
    public String usage(Locale l) { return Texts.pick(l, usageZh, usageEn); }
}
