package io.suanli.core.marketing.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A batch as operations enter it (O5): kind COUPON, DEDUCTION_CASH_COUPON or RECHARGE_CASH_COUPON (a face value, no
 * scope: codes redeemed into the cash-coupon balance), name, quantity, how many one customer may
 * hold ({@code perCustomer}, default 1); a coupon's amount off with its threshold (满 threshold 减 amountOff), or its
 * percentage off ("15" = 15 %) with an optional cap ({@code maxOff}) and threshold, and whether it combines with
 * discounts (default yes); a deduction cash coupon's face value and whether it may pay pay-as-you-go hours; the
 * category, product or spec it is limited to; validity [validFrom, validTo); the customer event it grants itself on
 * (REGISTERED, VERIFIED or FIRST_RECHARGE, the last with the least first recharge that grants); an activity pack's items
 * (coupon and deduction cash coupon batches, each a number of times). Amounts and percentages are text.
 */
public record BatchDraft(String kind, String name, Integer quantity, Integer perCustomer, String amountOff, String percentOff,
                         String maxOff, String threshold, Boolean withDiscounts, String faceValue, Boolean paygAllowed,
                         String categoryCode, String productCode, String specCode, Instant validFrom, Instant validTo,
                         String autoGrantOn, String autoGrantMinRecharge, List<PackItem> items) implements Serializable {

    /** A batch that is no activity pack. */
    public BatchDraft(String kind, String name, Integer quantity, Integer perCustomer, String amountOff, String percentOff, String maxOff,
                      String threshold, Boolean withDiscounts, String faceValue, Boolean paygAllowed, String categoryCode,
                      String productCode, String specCode, Instant validFrom, Instant validTo, String autoGrantOn, String autoGrantMinRecharge) {
        this(kind, name, quantity, perCustomer, amountOff, percentOff, maxOff, threshold, withDiscounts, faceValue, paygAllowed,
                categoryCode, productCode, specCode, validFrom, validTo, autoGrantOn, autoGrantMinRecharge, null);
    }

    /** A batch granted by hand only. */
    public BatchDraft(String kind, String name, Integer quantity, Integer perCustomer, String amountOff, String percentOff, String maxOff,
                      String threshold, Boolean withDiscounts, String faceValue, Boolean paygAllowed, String categoryCode,
                      String productCode, String specCode, Instant validFrom, Instant validTo) {
        this(kind, name, quantity, perCustomer, amountOff, percentOff, maxOff, threshold, withDiscounts, faceValue, paygAllowed,
                categoryCode, productCode, specCode, validFrom, validTo, null, null, null);
    }
}
