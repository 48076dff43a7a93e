package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/**
 * Cash credited to a customer by a recharge (an online one once paid, or a bank transfer finance books), with
 * whether it is the customer's first; fired inside the ledger's transaction (marketing grants on a first recharge).
 */
public record RechargeCredited(long customerId, Money amount, boolean first) implements Serializable {
}
