package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/** One channel's totals in the platform ledger: money into and out of customers' balances, and the number of lines. */
public record ChannelTotal(String channel, Money in, Money out, long lines) implements Serializable {
}
