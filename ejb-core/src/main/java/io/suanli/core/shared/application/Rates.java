package io.suanli.core.shared.application;

import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;

/** Reads a rate entered as text ("0.90"): a decimal with at most four places (as stored), else the given error key. */
public final class Rates {

    private Rates() {
    }

    public static BigDecimal parse(String text, String field, String invalidKey) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", field);
        }
        BigDecimal r;
        try {
            r = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException(invalidKey, text);
        }
        if (r.stripTrailingZeros().scale() > 4) {
            throw new SuanliException(invalidKey, text);
        }
        return r;
    }
}
