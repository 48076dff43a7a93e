package io.suanli.core.distribution.application;

import java.io.Serializable;
import java.time.Instant;

/** One binding of a customer's history: to which distributor, how, why, by whom, from and until when (null: current). */
public record BindingView(long id, long customerId, long distributorId, String distributorName, String source, String reason,
                          Instant boundAt, String boundBy, Instant endedAt) implements Serializable {
}
