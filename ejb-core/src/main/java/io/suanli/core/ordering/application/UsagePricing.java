package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Money;

import java.time.Instant;
import java.util.List;

/**
 * What marketing does to pay-as-you-go hours (SPEC §9, U3): each rated hour is priced by the discounts in force in
 * that hour, through the same engine as a quote, and deduction cash coupons whose scope allows pay-as-you-go pay what
 * is due before the accounts do. Called inside the transaction that charges the hours; every implementation of the
 * deployment is called in turn (none: list prices, no coupons).
 */
public interface UsagePricing {

    /** The resource whose hours are priced, as the marketing rules see it. */
    record Subject(long resourceId, long customerId, String productCode, String specCode, String billingMode, int nodes) {
    }

    /** One hour: its start and list amount (usage × the unit price in force then). */
    record Hour(Instant start, Money list) {
    }

    /** What the discounts took off one hour (zero when none applied). */
    List<Money> discounts(Subject subject, List<Hour> hours);

    /**
     * Deduction cash coupons pay up to {@code due} of the subject's hours at {@code at}, soonest expiring first, and are
     * recorded as used under {@code reference}; answers what they paid (zero when none may).
     */
    Money payWithCashCoupons(Subject subject, String reference, Money due, Instant at);
}
