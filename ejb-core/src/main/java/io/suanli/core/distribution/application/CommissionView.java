package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A commission line as a distributor (or distribution operations) sees it: when, ACCRUAL / CLAWBACK / PAYOUT, DIRECT or
 * OVERRIDE, whose consumption (id and name), the base, the rate, the amount, the ledger reference and the month.
 */
public record CommissionView(long id, Instant at, String kind, String role, Long customerId, String customerName, Money base,
                             BigDecimal rate, Money amount, String sourceRef, String period) implements Serializable {
}
