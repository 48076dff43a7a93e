package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What a renew, change or unsubscribe would do, computed by the code that executes it: the hours used, what they
 * cost, what is charged (payable) or refunded, and how a refund splits across the balances that paid.
 */
public record Preview(String type, Instant effectiveAt, Integer usedHours, Money usedAmount, Money payableAmount, Money refundAmount,
                      Map<String, Money> refundTo, Instant newEndsAt) implements Serializable {
}
