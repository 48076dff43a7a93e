package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.util.Map;

/**
 * The outcome of a charge or refund: the journal entry, the amount taken from (or returned to) each balance —
 * keys {@code CASH}, {@code CREDIT}, {@code CASH_COUPON} — and whether this call only found an earlier one.
 */
public record ChargeResult(long entryId, String reference, Money amount, Map<String, Money> split, boolean replayed)
        implements Serializable {
}
