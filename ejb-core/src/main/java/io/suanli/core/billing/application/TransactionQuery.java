package io.suanli.core.billing.application;

import java.io.Serializable;
import java.time.Instant;

/** Filters of the transaction details and of the platform ledger; null means any. */
public record TransactionQuery(Long customerId, String type, String channel, Instant from, Instant to) implements Serializable {
}
