package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer bound to a distributor, as the distributor sees it: name, masked mobile, since when and how (REGISTRATION,
 * ASSIGNMENT), and this month's consumption from cash and credit while bound with the commission it earned.
 */
public record BoundCustomerView(long customerId, String name, String maskedMobile, Instant since, String source, Money consumedThisMonth,
                                Money commissionThisMonth) implements Serializable {
}
