package io.suanli.core.billing.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the transaction details (收支明细): a posting to one of the customer's balances, with the entry's
 * type and reference, the channel, the signed amount and the balance after it.
 */
public record TransactionView(long id, long entryId, Long customerId, Instant at, String type, String channel, String account,
                              BigDecimal amount, BigDecimal balanceAfter, String reference, String memo) implements Serializable {
}
