package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.List;

/**
 * How a spec is sold (U3): prepaid by the month or the year, or pay-as-you-go rated from usage records per usage
 * factor. Prepaid prices are whole fen per period; pay-as-you-go unit prices may carry up to six decimals.
 */
public enum BillingMode {
    PREPAID_MONTHLY(List.of("MONTH"), 2),
    PREPAID_YEARLY(List.of("YEAR"), 2),
    PAYG(List.of("NODE_HOUR", "CARD_HOUR", "CORE_HOUR", "GB_HOUR", "GB_MONTH", "REQUEST_10K"), 6);

    private final List<String> units;
    private final int maxScale;

    BillingMode(List<String> units, int maxScale) {
        this.units = units;
        this.maxScale = maxScale;
    }

    /** The units a price of this mode may be given in; the first is the default. */
    public List<String> units() {
        return units;
    }

    public int maxScale() {
        return maxScale;
    }

    public boolean isPrepaid() {
        return this != PAYG;
    }

    public static BillingMode parse(String text) {
        try {
            return BillingMode.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException("price.billingModeInvalid", String.valueOf(text));
        }
    }
}
