package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/** A customer's balances (U8): cash, credit (limit, used, available), frozen, cash coupon, consumption. */
public record AccountView(long customerId, Money cash, Money creditLimit, Money creditUsed, Money creditAvailable, Money frozen,
                          Money cashCoupon, Money consumed) implements Serializable {
}
